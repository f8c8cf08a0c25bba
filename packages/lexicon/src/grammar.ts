import { normalizeText, type Token } from '@accord/text';
import type { Grammar } from './schema.js';

/**
 * A list of grammar words, normalised like the text: words, `word*` prefixes, and two-word phrases
 * that end right before a name ("كلا من").
 *
 * @example
 * const both = new WordList(['كلا', 'كلا من', 'both']);
 * both.has('كلا'); // true
 * both.before(tokenize('كلا من مصر'), 2); // true
 */
export class WordList {
  private readonly words = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly pairs = new Set<string>();

  constructor(list: readonly string[]) {
    for (const raw of list) {
      const star = raw.endsWith('*');
      const word = normalizeText(star ? raw.slice(0, -1) : raw).text.trim();
      if (star) this.prefixes.push(word);
      else if (word.includes(' ')) this.pairs.add(word.split(/\s+/).join(' '));
      else this.words.add(word);
    }
  }

  /** Whether a word of the normalised text is listed, or starts with a listed prefix. */
  has(word: string): boolean {
    if (this.words.has(word)) return true;
    for (const p of this.prefixes) if (word.startsWith(p)) return true;
    return false;
  }

  /** Whether the word right before token `at` is listed, or the two words before it are a listed phrase. */
  before(tokens: readonly Token[], at: number): boolean {
    const prev = tokens[at - 1];
    if (prev === undefined) return false;
    if (this.has(prev.text)) return true;
    const prev2 = tokens[at - 2];
    return prev2 !== undefined && this.pairs.has(`${prev2.text} ${prev.text}`);
  }
}

type ListName = { [K in keyof Grammar]: Grammar[K] extends string[] ? K : never }[keyof Grammar];

/** One language's grammar words, compiled: a `WordList` per role. */
export type CompiledGrammar = { [K in Exclude<ListName, 'thatNot'>]: WordList } & {
  groupJoiner: string;
  /** Words the normalisation merges with others ("ألا" and "إلا" are both "الا"): the normalised form and the letter that tells it apart in the original. */
  thatNot: Map<string, string>;
};

/**
 * Compiles one language's grammar words into word lists.
 *
 * @example
 * compileGrammar(defaultLexiconData.grammar.ar).prepositions.has('الي'); // true ('إلى' normalised)
 */
export function compileGrammar(grammar: Grammar): CompiledGrammar {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(grammar)) {
    if (name === 'thatNot') out[name] = new Map((value as string[]).map((w) => [normalizeText(w).text, w[0]!]));
    else out[name] = typeof value === 'string' ? value : new WordList(value);
  }
  return out as CompiledGrammar;
}
