import type { ArticleState } from './state.js';
import { inOffice } from './offices.js';

/**
 * Step 3, parties: the parties of the meeting, the countries of the officials named anywhere (a
 * person in office, or an office with its state next to it), in order of first appearance.
 *
 * @example
 * findParties(state); // ['RU', 'EG'] for "Lavrov met Shoukry in Moscow."
 */
export function findParties(state: ArticleState): string[] {
  const parties: string[] = [];
  for (const s of state.sentences) {
    for (const m of s.mentions) {
      let country: string | null | undefined;
      if (m.entry.kind === 'person') country = inOffice(state, m.entry.person) && m.entry.person.role !== 'non_official' ? m.entry.person.country : null;
      else if (m.entry.kind === 'title' && m.entry.role !== 'institution') {
        const next = s.mentions.find((n) => n.start >= m.end && n.start <= m.end + 1 && n.entry.kind === 'country' && n.clitic.preposition === '');
        const prev = s.mentions.find((n) => n.end === m.start && n.entry.kind === 'country');
        const c = next ?? (state.language === 'en' ? prev : undefined);
        country = c && c.entry.kind === 'country' ? c.entry.country : undefined;
      }
      if (country && !parties.includes(country)) parties.push(country);
    }
  }
  return parties;
}
