import { unionCount } from './bits.js';
import { mergeNewest, NO_EVIDENCE } from './evidence.js';
import type { CountryTally, IssueTally } from './tally.js';
import type { AgreementCell, Alignment } from './types.js';
import { _scoreInto } from './vectors.js';

const NO_EXPLICIT = Object.freeze({ agree: 0, disagree: 0, share: null });

/**
 * The cell of countries a < b on the tallied issue, or null when nothing links them: a position
 * of each, or an explicit statement about the pair.
 */
export function _cellOf(tally: IssueTally, issue: string, a: string, ta: CountryTally, b: string, tb: CountryTally, limit: number): AgreementCell | null {
  const pa = ta.positions;
  const pb = tb.positions;
  const pair = ta.partners.get(tb);
  if (!(pa && pb) && !pair) return null;
  const agree = pair?.agree ?? 0;
  const disagree = pair?.disagree ?? 0;
  const cell: AgreementCell = {
    a,
    b,
    issue,
    sScore: null,
    kappa: null,
    alignment: null,
    alignmentParts: [],
    explicit: agree + disagree === 0 ? NO_EXPLICIT : { agree, disagree, share: agree / (agree + disagree) },
    articles: unionCount(pa?.articles, pb?.articles, pair?.articles),
    stories: unionCount(pa?.stories, pb?.stories, pair?.stories),
    positions: (pa?.statements ?? 0) + (pb?.statements ?? 0),
    evidence: mergeNewest(pa?.evidence ?? NO_EVIDENCE, pb?.evidence ?? NO_EVIDENCE, pair?.evidence ?? NO_EVIDENCE, limit),
  };
  if (pa && pb) _scoreInto(cell, pa.vector, pb.vector, tally.expected);
  return cell;
}

/**
 * The cell of a pair that alignment scores (both speak enough on the issue, relations included) but
 * that shares no comparable positions and no statement: S and kappa are null, and its counts are
 * those of the two countries' positions and relations on the issue (`reach`).
 */
export function _alignedCell(
  issue: string,
  a: string,
  ta: CountryTally | undefined,
  b: string,
  tb: CountryTally | undefined,
  aligned: Alignment,
  reach: { articles: number; stories: number },
  limit: number,
): AgreementCell {
  const pa = ta?.positions;
  const pb = tb?.positions;
  return {
    a,
    b,
    issue,
    sScore: null,
    kappa: null,
    alignment: aligned.score,
    alignmentParts: aligned.parts,
    explicit: NO_EXPLICIT,
    articles: reach.articles,
    stories: reach.stories,
    positions: (pa?.statements ?? 0) + (pb?.statements ?? 0),
    evidence: mergeNewest(pa?.evidence ?? NO_EVIDENCE, pb?.evidence ?? NO_EVIDENCE, NO_EVIDENCE, limit),
  };
}
