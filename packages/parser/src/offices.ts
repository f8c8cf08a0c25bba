import type { Person } from '@accord/lexicon';
import type { ArticleState } from './state.js';
import type { Mention } from './types.js';

/** Whether a known person held the office in the article's year (with no date: an office held since 2009). */
export function inOffice(state: ArticleState, p: Person): boolean {
  return holdsOffice(p, state.year);
}

/**
 * Whether a known person held their office in a year (with no year: an office held since 2009).
 *
 * @example
 * holdsOffice(qadhafi, 2012); // false: he left office in 2011
 */
export function holdsOffice(p: Person, year: number | undefined): boolean {
  if (year === undefined) return p.to == null || p.to >= 2009;
  return (p.from == null || p.from <= year) && (p.to == null || p.to >= year);
}

/** The person a window names: a full name over a short one, the one in office over the others. */
export function pickPerson(state: ArticleState, persons: Mention[]): Mention | undefined {
  const full = persons.filter((m) => m.entry.kind === 'person' && !m.entry.short);
  const pool = full.length > 0 ? full : persons;
  if (state.year === undefined) {
    // No date: the most recent office is the likeliest reading (Aboul Gheit heads the Arab League now).
    const latest = (m: Mention) => (m.entry.kind === 'person' ? (m.entry.person.to ?? 9999) : 0);
    return [...pool].sort((a, b) => latest(b) - latest(a))[0];
  }
  return pool.find((m) => m.entry.kind === 'person' && inOffice(state, m.entry.person)) ?? pool[0];
}

/** The country an office belongs to: an adjective, name or "of COUNTRY" next to the title. */
export function titleCountry(state: ArticleState, inWin: Mention[], title: Mention, from: number): string | undefined {
  const countries = inWin.filter((m) => m.entry.kind === 'country');
  // Before the title (English "the Saudi foreign minister", "Russia's foreign minister").
  for (const m of countries) {
    if (m.end <= title.start && title.start - m.end <= 2 && m.start >= from) return (m.entry as { country: string }).country;
  }
  for (const m of countries) {
    if (m.start < title.end) continue;
    const prev = state.tokens[m.start - 1]!;
    // "المندوب الدائم لمصر": an ل right after the office says whose office it is.
    if (m.clitic.preposition !== '' && !(m.clitic.conjunction === '' && m.clitic.preposition === 'ل' && state.language === 'ar' && m.start === title.end))
      continue;
    if (m.start > title.end && state.grammar.prepositions.has(prev.text) && !state.grammar.officeOf.has(prev.text)) break;
    // "a diplomat following events in Syria": a generic office takes its country only when it is adjacent.
    const generic = title.entry.kind === 'title' && (title.entry.role === 'official' || title.entry.role === 'institution');
    if (generic && m.start > title.end + (state.language === 'en' ? 2 : 0)) break;
    return (m.entry as { country: string }).country;
  }
  return undefined;
}
