import { unionCount } from './bits.js';
import { mergeNewest } from './evidence.js';
import { pairKey, type IssueTally } from './tally.js';
import type { AgreementCell } from './types.js';
import { _scores } from './vectors.js';

/**
 * The cell of countries a < b on the tallied issue, or null when nothing links them: a position
 * of each, or an explicit statement about the pair.
 */
export function cellOf(tally: IssueTally, issue: string, a: string, b: string, limit: number): AgreementCell | null {
  const ta = tally.countries.get(a);
  const tb = tally.countries.get(b);
  const pair = tally.pairs.get(pairKey(a, b));
  if (!(ta && tb) && !pair) return null;
  const va = tally.vectors.get(a);
  const vb = tally.vectors.get(b);
  const scores = va && vb ? _scores(va, vb, tally.expected) : { sScore: null, kappa: null };
  const agree = pair?.agree.size ?? 0;
  const disagree = pair?.disagree.size ?? 0;
  return {
    a,
    b,
    issue,
    ...scores,
    explicit: { agree, disagree, share: agree + disagree === 0 ? null : agree / (agree + disagree) },
    articles: unionCount(ta?.articles, tb?.articles, pair?.articles),
    stories: unionCount(ta?.stories, tb?.stories, pair?.stories),
    positions: (ta?.statements ?? 0) + (tb?.statements ?? 0),
    evidence: mergeNewest([ta?.evidence.entries ?? [], tb?.evidence.entries ?? [], pair?.evidence.entries ?? []], limit),
  };
}
