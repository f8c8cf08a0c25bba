import type { CompiledLexicon } from '@accord/lexicon';
import { issuesNamed, type Mention } from '@accord/parser';
import { pairCountries, pairs } from './pairs.js';
import type { ClauseView, PositionHit, Signal } from './types.js';

/**
 * Signals: a joint statement's parties agree on every issue it states a position on.
 *
 * @example
 * jointSignals(view, signals); // pushes { a: 'EG', b: 'RU', issue: 'syria', kind: 'agree', evidence } for "أكد الجانبان ..."
 */
export function jointSignals({ holders, joint, clauseHits, evidence }: ClauseView, signals: Signal[]): void {
  if (!joint || holders.length <= 1) return;
  for (const issue of new Set(clauseHits.map((h) => h.issue))) {
    pairs(holders, (a, b) => signals.push({ a, b, issue, kind: 'agree', evidence: { ...evidence, joint: true } }));
  }
}

/**
 * Signals: agreement and difference words in a clause, between the countries they name (praise and
 * criticism are read as relations, whose direct ones are signals too).
 *
 * @example
 * statedSignals(view, signals); // pushes { a: 'RU', b: 'US', issue: 'syria', kind: 'disagree', ... } for "differences remain between Moscow and Washington over Syria"
 */
export function statedSignals(view: ClauseView, signals: Signal[]): void {
  const { lexicon, sentence, holders, joint, inClause, clauseIssues, clauseHits, topic, evidence } = view;
  for (const m of inClause) {
    const kind = m.entry.kind;
    if (kind !== 'agree' && kind !== 'disagree') continue;
    const later = sentence.mentions.filter((x) => x.start >= m.start);
    const issues = new Set([
      ...issuesNamed(lexicon, later).filter((i) => i !== 'terrorism' || hasTerror(later)),
      ...clauseIssues,
      ...clauseHits.map((h) => h.issue),
    ]);
    if (issues.size === 0) continue; // "identical views on regional issues" names no issue: no signal
    const countries = pairCountries(view.article, lexicon, sentence, view.clause, issues, holders, joint);
    if (countries.length < 2) continue;
    for (const issue of issues) pairs(countries, (a, b) => signals.push({ a, b, issue, kind, evidence: { ...evidence, joint: true } }));
  }
}

function hasTerror(mentions: Mention[]): boolean {
  return mentions.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism');
}
