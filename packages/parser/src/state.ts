import type { CompiledGrammar, CompiledLexicon, Language } from '@accord/lexicon';
import type { NormalizedText, Span, Token } from '@accord/text';
import type { Actor, ParsedSentence, Speaker } from './types.js';

/** One article as attribution reads it: its words and sentences, and what the reading has met so far. */
export interface ArticleState {
  language: Language;
  lexicon: CompiledLexicon;
  /** The language's grammar words: prepositions, complementizers, stop words... */
  grammar: CompiledGrammar;
  /** The input, exactly as given. */
  text: string;
  norm: NormalizedText;
  tokens: Token[];
  sentences: ParsedSentence[];
  /** The article's year: who held an office then. */
  year: number | undefined;
  /** The country whose statement the whole text is (a UN speech), if given. */
  speakerCountry: string | undefined;
  actors: Actor[];
  /** Countries of the officials named, in order of first appearance. */
  parties: string[];
  /** The same parties by side: one state each, or the members of a collective named by its officials. */
  sides: string[][];
  /** Actors by identity: a person's name and state, a body, a state, a group, an office. */
  byKey: Map<string, Actor>;
  /** Single words (a surname) that refer back to an actor met before. */
  names: Map<string, Actor>;
  /** The last official met in each office ("the Secretary", "الوزير"). */
  byRole: Map<string, Actor>;
  /** The last group of three or more states named together ("the committee"). */
  lastGroup: string[] | undefined;
  /** Quotation spans of the normalised text, found on first use. */
  quotes: Array<[number, number]> | undefined;
}

/** A speaker found in a span of tokens, before it is told how it was found. */
export interface Resolved {
  actor: Actor;
  countries: string[];
  joint: boolean;
  narrated: boolean;
}

/** A speaker found by a rule, told how. */
export function toSpeaker(r: Resolved, how: Speaker['how']): Speaker {
  return { actor: r.actor, countries: r.countries, joint: r.joint, how };
}

/** The same speaker going on ("he added", a sentence with no verb); a given speaker stays given. */
export function continued(s: Speaker | null): Speaker | null {
  return s ? { ...s, how: s.how === 'given' ? 'given' : 'continued' } : null;
}

/** The normalised text between tokens `a` and `b`. */
export function gap(state: ArticleState, a: number, b: number): string {
  return state.norm.text.slice(state.tokens[a]!.end, state.tokens[b]!.start);
}

/** Whether punctuation that ends a phrase (a quote, a colon, a full stop, a bracket) stands between tokens `a` and `b`. */
export function breakBetween(state: ArticleState, a: number, b: number): boolean {
  return /[«»"“”:;؛.!?؟()]/.test(gap(state, a, b));
}

/** Whether a break or a comma stands right before token `at`. */
export function breakBefore(state: ArticleState, at: number): boolean {
  return at > 0 && (breakBetween(state, at - 1, at) || /[,،]/.test(gap(state, at - 1, at)));
}

/** The normalised-text span of tokens `[from, to)`. */
export function spanOf(state: ArticleState, from: number, to: number): Span {
  return { start: state.tokens[from]!.start, end: state.tokens[to - 1]!.end };
}

/** The original text of tokens `[from, to)`. */
export function surface(state: ArticleState, from: number, to: number): string {
  if (to <= from) return '';
  return state.text.slice(state.norm.map[state.tokens[from]!.start]!, state.norm.map[state.tokens[to - 1]!.end]!);
}

/** Whether a token starts with a capital in the original text (normalisation lower-cases Latin). */
export function capitalized(state: ArticleState, tok: Token): boolean {
  const ch = state.text[state.norm.map[tok.start]!] ?? '';
  return ch !== ch.toLowerCase();
}

/** The sentence holding a token. Binary search: called per mention, so a scan would make long texts quadratic. */
export function sentenceOf(state: ArticleState, token: number): ParsedSentence | undefined {
  const list = state.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (token < s.tokenStart) hi = mid - 1;
    else if (token >= s.tokenEnd) lo = mid + 1;
    else return s;
  }
  return undefined;
}
