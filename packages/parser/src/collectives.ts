import type { ArticleState } from './state.js';
import type { Mention } from './types.js';

/**
 * The member states a collective name stands for ("دول مجلس التعاون", "GCC states": ONTOLOGY rule 11),
 * none when a quantifier makes it vague ("بعض دول الخليج", "most Gulf states") or when a loose name
 * ("دول الخليج") stands without its officials.
 *
 * @example
 * collectiveMembers(state, sentence.mentions, mention); // ['SA', 'AE', 'BH', 'KW', 'OM', 'QA'] for "دول مجلس التعاون"
 */
export function collectiveMembers(state: ArticleState, mentions: readonly Mention[], m: Mention): string[] {
  if (m.entry.kind !== 'collective' || state.grammar.partitive.before(state.tokens, m.start)) return [];
  if (m.entry.loose && !officialsOf(state, mentions, m)) return [];
  return m.entry.collective.members;
}

/** Whether an office or a joint word stands right by a collective: its officials ("وزراء خارجية دول مجلس التعاون", "GCC foreign ministers"). */
export function officialsOf(state: ArticleState, mentions: readonly Mention[], m: Mention): boolean {
  const en = state.language === 'en';
  return mentions.some(
    (o) =>
      (o.entry.kind === 'title' || o.entry.kind === 'joint') &&
      (o.end === m.start || (en && (o.start === m.end || (o.end < m.start && m.start - o.end <= 2 && state.grammar.officeOf.has(state.tokens[o.end]!.text))))),
  );
}
