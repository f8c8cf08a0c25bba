/** Reading a dropped file in the browser: its text, from HTML when it is a web page. */

const DROP = 'script, style, noscript, template, svg, iframe';
const BLOCKS = 'p, div, section, article, main, header, footer, aside, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, dd, dt, figcaption';

/**
 * The readable text of an HTML page: textContent of its article, else main, else body, with
 * paragraphs kept apart. Runs only in the browser (DOMParser).
 * @example textFromHtml('<body><p>One</p><p>Two</p></body>').text // 'One\n\nTwo'
 */
export function textFromHtml(html: string): { text: string; title: string | null } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll(DROP)) node.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  // textContent runs paragraphs together; a break after each block keeps sentences apart.
  for (const br of root.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of root.querySelectorAll(BLOCKS)) block.append('\n\n');
  const text = (root.textContent ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = (root.querySelector('h1')?.textContent ?? doc.title ?? '').trim() || null;
  return { text, title };
}

/** Whether a file should be read as HTML: by its type or name, else by a tag near its start. */
export function looksLikeHtml(file: { name: string; type: string }, text: string): boolean {
  return /html/.test(file.type) || /\.x?html?$/i.test(file.name) || /^\s*(<!doctype html|<html|<body|<article)/i.test(text);
}

/**
 * A file's text: UTF-8 when it decodes cleanly, else Windows-1256 (older Arabic pages).
 * @example const text = await readFileText(input.files[0]);
 */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}
