import { normalizeText, tokenize, type Token } from '@accord/text';

/** One phrase found in a token sequence: tokens `[start, end)` and what the phrase means. */
export interface PhraseMatch<P> {
  start: number;
  end: number;
  payload: P;
  /** Letters of the first token before the matched form: clitics such as و, ب, ل, لل ('' when none). */
  clitic: string;
  /** The last token matched only without a suffix (a pronoun such as "ها": "تؤيدها" read as "تؤيد"). */
  suffixed: boolean;
}

interface Node<P> {
  exact: Map<string, Node<P>>;
  // Star words ("مفاوض*"), bucketed by their first two letters so a lookup tries only a few.
  prefixes: Map<string, Array<[string, Node<P>]>>;
  any?: Node<P>;
  payloads: P[];
}

const newNode = <P>(): Node<P> => ({ exact: new Map(), prefixes: new Map(), payloads: [] });

/**
 * The lookup form of one word of a lexicon phrase: normalised like the text and, for Arabic, without
 * the article ال, which tokens also offer stripped.
 */
export function phraseWordKey(word: string): string {
  const w = normalizeText(word).text;
  if (w.length > 3 && w.startsWith('ال') && /[\u0621-\u064a]/.test(w[2] ?? '')) return w.slice(2);
  return w;
}

/**
 * Matches many phrases against tokens at once. A phrase is words separated by spaces; a word
 * ending in `*` matches any word that starts with it, and `_` matches any one word.
 *
 * @example
 * const m = new PhraseMatcher<string>();
 * m.add('حل سياسي', 'political_solution');
 * m.matchAt(tokenize(normalizeText('الحل السياسي').text), 0); // [{ start: 0, end: 2, payload: 'political_solution' }]
 */
export class PhraseMatcher<P> {
  private readonly root: Node<P> = newNode();
  size = 0;

  add(phrase: string, payload: P): void {
    const norm = normalizeText(phrase).text;
    const words = splitPhrase(norm);
    if (words.length === 0) return;
    let node = this.root;
    for (const raw of words) {
      if (raw === '_') {
        node = node.any ??= newNode();
        continue;
      }
      if (raw.endsWith('*') && raw.length > 2) {
        const prefix = phraseWordKey(raw.slice(0, -1));
        const bucket = prefix.slice(0, 2);
        let list = node.prefixes.get(bucket);
        if (!list) node.prefixes.set(bucket, (list = []));
        let entry = list.find(([p]) => p === prefix);
        if (!entry) list.push((entry = [prefix, newNode()]));
        node = entry[1];
        continue;
      }
      const key = phraseWordKey(raw);
      let next = node.exact.get(key);
      if (!next) node.exact.set(key, (next = newNode()));
      node = next;
    }
    node.payloads.push(payload);
    this.size++;
  }

  /** Every phrase that starts at token `i` (all lengths). */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<P>[] {
    const found: PhraseMatch<P>[] = [];
    this.walk(this.root, tokens, i, i, limit, found, '');
    return found;
  }

  /** Every phrase in tokens `[from, to)`, in order of start then length. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const found: PhraseMatch<P>[] = [];
    for (let i = from; i < to; i++) this.walk(this.root, tokens, i, i, to, found, '');
    return found;
  }

  private walk(node: Node<P>, tokens: readonly Token[], start: number, i: number, limit: number, found: PhraseMatch<P>[], clitic: string): void {
    if (i >= limit) return;
    const token = tokens[i]!;
    const seen = new Set<Node<P>>();
    const visit = (next: Node<P>, key: string) => {
      if (seen.has(next)) return;
      seen.add(next);
      const c = i === start ? cliticOf(token.text, key) : clitic;
      const suffixed = !token.text.endsWith(key) && !key.endsWith('*');
      for (const payload of next.payloads) found.push({ start, end: i + 1, payload, clitic: c, suffixed });
      this.walk(next, tokens, start, i + 1, limit, found, c);
    };
    for (const key of token.keys) {
      const next = node.exact.get(key);
      if (next) visit(next, key);
      if (node.prefixes.size > 0) {
        const list = node.prefixes.get(key.slice(0, 2));
        if (list) for (const [prefix, n] of list) if (key.startsWith(prefix)) visit(n, key);
      }
    }
    if (node.any) visit(node.any, token.text);
  }
}

function splitPhrase(norm: string): string[] {
  // Phrases are tokenised like text, so hyphens and apostrophes split words the same way; * and _ survive.
  const words: string[] = [];
  for (const part of norm.split(/\s+/)) {
    if (part === '_') {
      words.push('_');
      continue;
    }
    const star = part.endsWith('*');
    const tokens = tokenize(star ? part.slice(0, -1) : part);
    tokens.forEach((t, k) => words.push(star && k === tokens.length - 1 ? `${t.text}*` : t.text));
  }
  return words;
}

function cliticOf(word: string, key: string): string {
  if (key === word) return '';
  const at = word.indexOf(key);
  return at > 0 ? word.slice(0, at) : '';
}
