import { unionCount } from './bits.js';
import { mergeNewest, NO_EVIDENCE } from './evidence.js';
import type { CountryTally, IssueTally } from './tally.js';
import type { AgreementCell } from './types.js';
import { _scoreInto } from './vectors.js';

const NO_EXPLICIT = Object.freeze({ agree: 0, disagree: 0, share: null });

/**
 * The cell of countries a < b on the tallied issue, or null when nothing links them: a position
 * of each, or an explicit statement about the pair.
 */
export function cellOf(tally: IssueTally, issue: string, a: string, b: string, limit: number): AgreementCell | null {
  const ta = tally.countries.get(a);
  const tb = tally.countries.get(b);
  return ta && tb ? _cellOf(tally, issue, a, ta, b, tb, limit) : null;
}

/** `cellOf` with both countries already looked up, as the matrix walks its rows. */
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
