import { NO_CLITICS, cliticsOf, normalizeText, tokenize, withoutArticle, type Clitics, type Token } from '@accord/text';

/** One phrase found in a token sequence: tokens `[start, end)` and what the phrase means. */
export interface PhraseMatch<P> {
  start: number;
  end: number;
  payload: P;
  /** The clitics of the first token before the matched form: و, ب, ال ("وبالمفاوضات" read as "مفاوضات"). */
  clitic: Readonly<Clitics>;
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

interface Step<P> {
  node: Node<P>;
  /** The lookup form of the word that took this step (tells the clitics it carried). */
  key: string;
}

const newNode = <P>(): Node<P> => ({ exact: new Map(), prefixes: new Map(), payloads: [] });

/**
 * The lookup form of one word of a lexicon phrase: normalised like the text and, for Arabic, without
 * the article ال, which tokens also offer stripped.
 *
 * @example
 * phraseWordKey('الخارجيّة'); // 'خارجيه'
 */
export function phraseWordKey(word: string): string {
  return withoutArticle(normalizeText(word).text);
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
    this.matchFrom(tokens, i, limit, found);
    return found;
  }

  /** Every phrase in tokens `[from, to)`, in order of start then length. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const found: PhraseMatch<P>[] = [];
    for (let i = from; i < to; i++) this.matchFrom(tokens, i, to, found);
    return found;
  }

  // Breadth-first over the trie: the frontier holds the nodes reached after tokens [start, i), each
  // with the clitic of its first token. No closures or sets: this runs once per token of every article.
  private matchFrom(tokens: readonly Token[], start: number, limit: number, found: PhraseMatch<P>[]): void {
    const token = tokens[start]!;
    const first = this.rootSteps(token);
    // Most words start no phrase: they cost one lookup and no allocation.
    if (first.length === 0 && this.root.any === undefined) return;
    let nodes: Node<P>[] = [];
    let clitics: Array<Readonly<Clitics>> = [];
    for (let q = 0; q < first.length; q++) this.reach(first[q]!.node, token, first[q]!.key, start, start, NO_CLITICS, nodes, clitics, found);
    if (this.root.any !== undefined) this.reach(this.root.any, token, token.text, start, start, NO_CLITICS, nodes, clitics, found);
    for (let i = start + 1; i < limit && nodes.length > 0; i++) {
      const next = tokens[i]!;
      const nextNodes: Node<P>[] = [];
      const nextClitics: Array<Readonly<Clitics>> = [];
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n]!;
        const steps = this.steps(node, next);
        for (let q = 0; q < steps.length; q++) this.reach(steps[q]!.node, next, steps[q]!.key, start, i, clitics[n]!, nextNodes, nextClitics, found);
        if (node.any !== undefined) this.reach(node.any, next, next.text, start, i, clitics[n]!, nextNodes, nextClitics, found);
      }
      nodes = nextNodes;
      clitics = nextClitics;
    }
  }

  // The root's transitions depend on the word alone. Tokens of one word share one keys array (the
  // text package caches lookup forms per word), so the transitions are remembered per keys array.
  private readonly rootCache = new WeakMap<readonly string[], Array<Step<P>>>();

  private rootSteps(token: Token): Array<Step<P>> {
    let steps = this.rootCache.get(token.keys);
    if (steps === undefined) {
      steps = this.steps(this.root, token);
      this.rootCache.set(token.keys, steps);
    }
    return steps;
  }

  private steps(node: Node<P>, token: Token): Array<Step<P>> {
    const out: Array<Step<P>> = [];
    for (let k = 0; k < token.keys.length; k++) {
      const key = token.keys[k]!;
      const exact = node.exact.get(key);
      if (exact !== undefined) out.push({ node: exact, key });
      if (node.prefixes.size > 0) {
        const list = node.prefixes.get(key.slice(0, 2));
        if (list !== undefined) for (let q = 0; q < list.length; q++) if (key.startsWith(list[q]![0])) out.push({ node: list[q]![1], key });
      }
    }
    return out;
  }

  private reach(
    next: Node<P>,
    token: Token,
    key: string,
    start: number,
    i: number,
    inherited: Readonly<Clitics>,
    nodes: Node<P>[],
    clitics: Array<Readonly<Clitics>>,
    found: PhraseMatch<P>[],
  ): void {
    if (nodes.includes(next)) return; // reached through another form of the same word
    const clitic = i === start ? cliticsOf(token.text, key) : inherited;
    nodes.push(next);
    clitics.push(clitic);
    if (next.payloads.length === 0) return;
    const suffixed = !token.text.endsWith(key);
    for (let p = 0; p < next.payloads.length; p++) found.push({ start, end: i + 1, payload: next.payloads[p]!, clitic, suffixed });
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
