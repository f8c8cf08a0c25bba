import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedHtml {
  title: string;
  text: string;
  date?: string;
}

/** The little of a DOM node this file reads: typed here, so hosts without the DOM library type-check it. */
interface PageNode {
  nodeType: number;
  textContent: string | null;
  firstChild: PageNode | null;
  nextSibling: PageNode | null;
  tagName?: string;
}

const MAX_DEPTH = 1000;

/**
 * The article body of an HTML page as plain text (Readability over a linkedom DOM: nothing is
 * executed or rendered), with its title and publication date from the page metadata. Pages nested
 * deeper than Readability can walk fall back to the document's text content.
 *
 * @example
 * extractHtml('<html><head><title>T</title></head><body><article><p>Body</p></article></body></html>').text; // 'Body'
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();
  const title = (document.querySelector('title')?.textContent ?? '').trim();
  const date =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('meta[name="date"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  let text = '';
  if (depthOf(document.body ?? document.documentElement) < MAX_DEPTH) {
    try {
      const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
      // Readability's textContent runs blocks together; walk its cleaned HTML to keep paragraph breaks.
      if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body);
    } catch {
      text = '';
    }
  }
  if (!text.trim()) text = blockText(document.body ?? document.documentElement);
  return { title, text: tidy(text), ...(date ? { date } : {}) };
}

// Iterative: a page of 20,000 nested elements must not overflow the stack.
function depthOf(root: PageNode | null): number {
  if (!root) return 0;
  let max = 0;
  const stack: Array<[PageNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if (max >= MAX_DEPTH) return max;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, d + 1]);
  }
  return max;
}

const BLOCKS = new Set(['P', 'DIV', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'ARTICLE', 'SECTION', 'BLOCKQUOTE']);

function blockText(root: PageNode | null): string {
  if (!root) return '';
  const parts: string[] = [];
  const stack: Array<PageNode | 'break'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (BLOCKS.has(node.tagName ?? '')) stack.push('break');
    const children: PageNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
