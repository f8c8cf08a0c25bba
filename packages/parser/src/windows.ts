import { localName } from './actors.js';
import { afterPreposition } from './prepositions.js';
import { breakBetween, gap, type ArticleState } from './state.js';
import type { ParsedSentence } from './types.js';
import { ANCHOR_KINDS, isVerb } from './mentions.js';

// Where a reporting verb's subject may stand: the token windows after and before the verb, and the
// words around it that tell a subject from an object.

/** A window of tokens `[from, to)`. */
export type Window = [number, number];

/** Token indices of a reporting verb's subject when it follows the verb (Arabic VSO, "said Lavrov"). */
export function windowAfter(state: ArticleState, sentence: ParsedSentence, from: number): Window {
  const { complementizers, subjectEnds } = state.grammar;
  // "وقال: أنا أقصد قطر وتركيا ...": what follows a colon right after the verb is what is said, not who says it
  // (a quote may wrap the subject itself: 'وقالت "الخارجية" إن').
  if (from > 0 && from < sentence.tokenEnd && gap(state, from - 1, from).includes(':')) return [from, from];
  let i = from;
  const limit = Math.min(sentence.tokenEnd, from + 12);
  while (i < limit) {
    const tok = state.tokens[i]!;
    if (complementizers.has(tok.text) || subjectEnds.has(tok.text)) break;
    if (i > from && breakBetween(state, i - 1, i)) break;
    if (sentence.mentions.some((m) => m.start === i && (isVerb(m) || m.entry.kind === 'cue'))) break;
    i++;
  }
  return [from, i];
}

/** Token indices before a verb back to the previous verb or a complementizer ("Lavrov said", "مصر وروسيا تعملان"). */
export function windowBefore(state: ArticleState, sentence: ParsedSentence, verbStart: number, floor: number): Window {
  let i = verbStart;
  // Arabic subjects before the verb stand right before it ("وزير الخارجية سامح شكري شدد"); English ones may be long.
  const limit = Math.max(sentence.tokenStart, floor, verbStart - (state.language === 'en' ? 14 : 6));
  while (i > limit) {
    const tok = state.tokens[i - 1]!;
    if (state.grammar.complementizers.has(tok.text)) break;
    if (i < verbStart && breakBetween(state, i - 1, i)) break;
    i--;
  }
  return [i, verbStart];
}

/**
 * Arabic puts the subject right after the verb ("قال وزير الخارجية ...", "أكد أمس لافروف"): a name
 * found deeper in the window belongs to the object or a complement, so the window is empty then.
 */
export function anchoredAfter(state: ArticleState, sentence: ParsedSentence, [from, to]: Window): Window {
  if (state.language !== 'ar' || to <= from) return [from, to];
  const first = sentence.mentions.find((m) => m.start >= from && m.start < to && ANCHOR_KINDS.has(m.entry.kind));
  const local = localName(state, from, Math.min(to, from + 3), false) !== undefined;
  if (local || (first && first.start <= from + 2)) return [from, to];
  return [from, from];
}

/** Whether a complementizer stands within three words before a verb ("وأضاف أن النظام الإيراني يواصل"). */
export function complementBefore(state: ArticleState, sentence: ParsedSentence, verbStart: number): boolean {
  for (let i = Math.max(sentence.tokenStart, verbStart - 3); i < verbStart; i++) if (state.grammar.complementizers.has(state.tokens[i]!.text)) return true;
  return false;
}

/** Whether the subject before a verb opens with a relative pronoun ("which Iran stated", "التي قالت"). */
export function relativeBefore(state: ArticleState, sentence: ParsedSentence, verbStart: number, floor: number): boolean {
  for (let i = Math.max(sentence.tokenStart, floor, verbStart - 3); i < verbStart; i++) if (state.grammar.relatives.has(state.tokens[i]!.text)) return true;
  return false;
}

/** The token index just past the clause holding token `at`. */
export function clauseEndOf(sentence: ParsedSentence, at: number): number {
  return sentence.clauses.find((c) => c.tokenStart <= at && at < c.tokenEnd)?.tokenEnd ?? sentence.tokenEnd;
}

/** Whether a speaker-like mention ends within `gap` tokens before `at`. */
export function endsNear(state: ArticleState, sentence: ParsedSentence, at: number, gap: number): boolean {
  return (
    sentence.mentions.some(
      (m) => m.end <= at && at - m.end < gap && ANCHOR_KINDS.has(m.entry.kind) && m.entry.kind !== 'nonOfficial' && !afterPreposition(state, m),
    ) || localName(state, at - gap, at, false) !== undefined
  );
}

/** Whether an entity mention ends at the token right before `at` (a subject adjacent to its verb). */
export function endsRightBefore(state: ArticleState, sentence: ParsedSentence, at: number): boolean {
  return (
    sentence.mentions.some(
      (m) =>
        m.end === at &&
        (m.entry.kind === 'country' ||
          m.entry.kind === 'person' ||
          m.entry.kind === 'body' ||
          m.entry.kind === 'joint' ||
          (m.entry.kind === 'title' && m.entry.role !== 'institution')) &&
        !afterPreposition(state, m),
    ) || localName(state, at - 1, at, false) !== undefined
  );
}

/** "They agreed", "both reaffirmed": after a meeting, the two parties speak together. */
export function pluralPronounBefore(state: ArticleState, sentence: ParsedSentence, verbStart: number): boolean {
  const prev = state.tokens[verbStart - 1];
  return verbStart > sentence.tokenStart && prev !== undefined && state.grammar.pluralPronouns.has(prev.text);
}

/** "The co-chairs condemned ... and reaffirmed ...": an English verb joined by "and" to the one before. */
export function coordinatedVerb(state: ArticleState, verbStart: number): boolean {
  const { and, also } = state.grammar;
  const prev = state.tokens[verbStart - 1]?.text ?? '';
  const prev2 = state.tokens[verbStart - 2]?.text ?? '';
  return and.has(prev) || (also.has(prev) && and.has(prev2));
}
