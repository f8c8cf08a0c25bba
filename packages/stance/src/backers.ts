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
  // "Iran's support", "Turkish military support": a possessive or a nationality, one modifier at most between.
  if (article.language === 'en')
    return inClause.find(
      (m) =>
        m.entry.kind === 'country' &&
        m.end < cue.start + 1 &&
        (possessiveEnd(article, m) === cue.start || (m.entry.form === 'adjective' && cue.start - m.end <= 1)),
    );
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
  return view.inClause.some((m) => m.start >= backer.end && m.start <= backer.end + 3 && blamed(view, m));
}

/**
 * A word of criticism that ends in its agent marker and starts with a backing word ("supported by",
 * "backed by"): backing told in the passive, which blames its agent only when what is backed is blamed.
 *
 * @example
 * passiveBacking(view, cue); // true for "supported by" in "the militias supported by the Iranian regime"
 */
export function passiveBacking({ article, lexicon, inClause }: ClauseView, cue: Mention): boolean {
  const last = article.tokens[cue.end - 1]!;
  return (
    cue.entry.kind === 'criticism' &&
    cue.end - cue.start > 1 &&
    lexicon.grammar[article.language].agentMarkers.has(last.text) &&
    inClause.some((m) => m.entry.kind === 'back' && m.start === cue.start)
  );
}

/**
 * Whether what stands right before token `at` (one word between at most) is blamed.
 *
 * @example
 * blamedBefore(view, cue.start); // true after "the Houthi terrorist militias"
 */
export function blamedBefore(view: ClauseView, at: number): boolean {
  return view.inClause.some((m) => m.end <= at && at - m.end <= 1 && blamed(view, m));
}

/** Terrorism, a group every state condemns, a hostile deed, or a target the speaker frames as hostile ("لنظام بشار الأسد"). */
function blamed({ lexicon }: ClauseView, m: Mention): boolean {
  const e = m.entry;
  if (e.kind === 'issue') return e.issue === 'terrorism';
  if (e.kind === 'hostile') return true;
  if (e.kind === 'reference') return e.reference.polarity === -1;
  return e.kind === 'body' && e.body.actor !== undefined && lexicon.data.actors.find((a) => a.id === e.body.actor)?.named === -1;
}
