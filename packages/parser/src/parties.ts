import { collectiveMembers, officialsOf } from './collectives.js';
import type { ArticleState } from './state.js';
import { inOffice } from './offices.js';

/**
 * Step 3, parties: the parties of the meeting, the countries of the officials named anywhere (a
 * person in office, or an office with its state next to it), in order of first appearance. Each
 * party is a side; the officials of a collective ("وزراء خارجية دول مجلس التعاون") are one side of
 * several states.
 *
 * @example
 * findParties(state); // [['RU'], ['EG']] for "Lavrov met Shoukry in Moscow."
 */
export function findParties(state: ArticleState): string[][] {
  const sides: string[][] = [];
  const seen = new Set<string>();
  for (const s of state.sentences) {
    for (const m of s.mentions) {
      let side: string[] = [];
      if (m.entry.kind === 'person')
        side = inOffice(state, m.entry.person) && m.entry.person.role !== 'non_official' && m.entry.person.country ? [m.entry.person.country] : [];
      else if (m.entry.kind === 'collective') side = officialsOf(state, s.mentions, m) ? collectiveMembers(state, s.mentions, m) : [];
      else if (m.entry.kind === 'title' && m.entry.role !== 'institution') {
        const next = s.mentions.find((n) => n.start >= m.end && n.start <= m.end + 1 && n.entry.kind === 'country' && n.clitic.preposition === '');
        const prev = s.mentions.find((n) => n.end === m.start && n.entry.kind === 'country');
        const c = next ?? (state.language === 'en' ? prev : undefined);
        side = c && c.entry.kind === 'country' ? [c.entry.country] : [];
      }
      const fresh = side.filter((c) => !seen.has(c));
      if (fresh.length === 0) continue;
      for (const c of fresh) seen.add(c);
      sides.push(fresh);
    }
  }
  return sides;
}
