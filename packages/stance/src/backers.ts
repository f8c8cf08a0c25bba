import type { Mention } from '@accord/parser';
import { possessiveEnd } from './targets.js';
import type { ClauseView } from './types.js';

/**
 * The state whose backing a backing noun names: in Arabic the name right after it with the backed
 * thing after ل ("دعم إيران للإرهاب", "دعم طهران لنظام الأسد"), in English a possessive right before it
 * ("Iran's support for the Houthis"). Its backing is no backing of the clause's holders.
 *
 * @example
 * backerOf(view, cue)?.entry; // { kind: 'country', country: 'IR', ... } for "رفض دعم إيران للإرهاب"
 */
export function backerOf(view: ClauseView, cue: Mention): Mention | undefined {
  const { article, inClause, lexicon } = view;
  const nouns = lexicon.grammar[article.language].backingNouns;
  const word = article.tokens[cue.start]!;
  if (!nouns.has(word.text) && !word.keys.some((k) => nouns.has(k))) return undefined;
  if (article.language === 'en') return inClause.find((m) => m.entry.kind === 'country' && m.end < cue.start && possessiveEnd(article, m) === cue.start);
  const m = inClause.find((x) => x.start === cue.end && x.clitic.preposition === '' && x.entry.kind === 'country' && x.entry.form !== 'adjective');
  const next = article.tokens[m?.end ?? -1]?.text ?? '';
  return m && next.length > 2 && next.startsWith('ل') ? m : undefined;
}

/**
 * Whether a backer backs what every state here blames: terrorism, a group every state condemns, a
 * hostile deed, or a target the speaker frames as hostile ("لنظام بشار الأسد"), within a few words.
 *
 * @example
 * backsBlamed(view, backer); // true for "دعم إيران للإرهاب"
 */
export function backsBlamed(view: ClauseView, backer: Mention): boolean {
  const { lexicon, inClause } = view;
  return inClause.some((m) => {
    if (m.start < backer.end || m.start > backer.end + 3) return false;
    const e = m.entry;
    if (e.kind === 'issue') return e.issue === 'terrorism';
    if (e.kind === 'hostile') return true;
    if (e.kind === 'reference') return e.reference.polarity === -1;
    return e.kind === 'body' && e.body.actor !== undefined && lexicon.data.actors.find((a) => a.id === e.body.actor)?.named === -1;
  });
}
