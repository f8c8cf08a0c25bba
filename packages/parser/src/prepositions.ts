import { beginsWithAnd, possessive } from '@accord/text';
import { breakBetween, gap, sentenceOf, type ArticleState } from './state.js';
import type { Mention } from './types.js';

// A name governed by a preposition ("with Saudi Arabia", "في سوريا", "بالقاهرة") is a partner or a place, not a subject.

/** Whether a mention stands after a preposition, a word or a clitic. */
export function afterPreposition(state: ArticleState, m: Mention): boolean {
  if (m.clitic.preposition !== '') return true;
  const prev = state.tokens[m.start - 1];
  if (!prev) return false;
  if (!state.grammar.prepositions.has(prev.text) || breakBetween(state, m.start - 1, m.start)) return false;
  // "ministers from Saudi Arabia", "Minister of Foreign Affairs of Singapore": the office's state, not a complement.
  if (state.grammar.officeOf.has(prev.text) || state.grammar.officeFrom.has(prev.text)) return !titleEndsAt(state, m.start - 1);
  return true;
}

function titleEndsAt(state: ArticleState, end: number): boolean {
  return sentenceOf(state, end)?.mentions.some((t) => t.entry.kind === 'title' && t.end === end) ?? false;
}

/** Countries not governed by a preposition; a conjunct ("في سوريا وليبيا واليمن") shares its first member's preposition. */
export function withoutPrepositional(state: ArticleState, countries: Mention[]): Mention[] {
  const out: Mention[] = [];
  let previous: Mention | undefined;
  let previousGoverned = false;
  for (const m of countries) {
    let governed = afterPreposition(state, m);
    if (!governed && previous && previousGoverned && joinedByAnd(state, previous, m)) governed = true;
    if (!governed) out.push(m);
    previous = m;
    previousGoverned = governed;
  }
  return out;
}

/** Whether two mentions are joined by "and"/"و" (or "or", a comma, "and its ally"). */
export function joinedByAnd(state: ArticleState, a: Mention, b: Mention): boolean {
  const g = state.grammar;
  const between = state.tokens.slice(a.end, b.start).map((t) => t.text);
  if (between.length === 0) return b.clitic.conjunction === 'و' || gap(state, a.end - 1, b.start).includes(',');
  // "the United States and its ally Saudi Arabia"; Arabic writes and + ally + its as one word ("وحليفتها").
  if (between.length === 1) return g.and.has(between[0]!) || g.or.has(between[0]!) || (beginsWithAnd(between[0]!) && g.allies.has(between[0]!.slice(1)));
  return between.length === 3 && g.and.has(between[0]!) && g.possessives.has(between[1]!) && g.allies.has(between[2]!);
}

/** "Russia's foreign minister": the country is the title's owner, not a subject of its own. */
export function isPossessed(state: ArticleState, m: Mention): boolean {
  if (state.language !== 'en') return false;
  return possessive(state.norm.text, state.tokens[m.end - 1]!.end, state.tokens[m.end]?.text);
}
