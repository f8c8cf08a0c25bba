import { _alignedCell, _cellOf } from './cell.js';
import { evidenceLimitOf } from './options.js';
import { tallyIssue, type CountryTally, type IssueTally } from './tally.js';
import { alignmentScores } from './alignment.js';
import { Reach } from './reach.js';
import type { AgreementCell, AgreementMatrix, AgreementRecord, Alignment, PositionRecord, RelationRecord } from './types.js';

export interface AgreementMatrixOptions {
  positions: PositionRecord[];
  agreements: AgreementRecord[];
  /** Who backs and blames whom; without them alignment rests on positions alone. */
  relations?: RelationRecord[];
  issue: string;
  /** Only these countries; default every country with a position or an agreement record on the issue. */
  countries?: string[];
  /** Evidence items per cell, most recent first; default 20. */
  evidenceLimit?: number;
}

/**
 * The countries x countries agreement matrix on one issue: alignment (from relations and the positions
 * that split countries), S, chance-corrected kappa and explicit statements for every pair with evidence. Kappa's chance is always taken over every country with a
 * position on the issue, so narrowing `countries` changes which cells show, never their values.
 *
 * @example
 * const { positions, agreements } = recordsFromAnalysis({ analysis, articleId: 'a1', date: '2017-05-01' });
 * agreementMatrix({ positions, agreements, issue: 'syria' }).cells[0];
 * // { a: 'EG', b: 'RU', issue: 'syria', sScore: 1, kappa: null, explicit: { agree: 0, disagree: 0, share: null }, ... }
 */
export function agreementMatrix({ positions, agreements, relations = [], issue, countries, evidenceLimit }: AgreementMatrixOptions): AgreementMatrix {
  const limit = evidenceLimitOf(evidenceLimit);
  const tally = tallyIssue(positions, agreements, issue, limit);
  const alignment = alignmentScores({ positions, relations, issue, evidencePerSide: Math.min(limit, 2) });
  const aligned = new Set([...alignment.keys()].flatMap((pair) => pair.split('|')));
  const names = [...new Set(countries ?? [...tally.countries.keys(), ...aligned])].sort();
  const rows = names.map((name) => tally.countries.get(name));
  const measured = { tally, alignment, reach: new Reach(positions, relations, issue), issue, limit };
  const cells: AgreementCell[] = [];
  for (let i = 0; i < names.length; i++) {
    // A country neither tallied nor aligned has no cell; most of a whole corpus's hundred-odd are tallied.
    if (!rows[i] && !aligned.has(names[i]!)) continue;
    for (let j = i + 1; j < names.length; j++) {
      const cell = _pairCell(measured, names[i]!, rows[i], names[j]!, rows[j]);
      if (cell) cells.push(cell);
    }
  }
  return { issue, countries: names, cells };
}

/** What a pair's cell is read from: the issue's tally, its alignment per pair, and each country's reach. */
export interface Measured {
  tally: IssueTally;
  alignment: Map<string, Alignment>;
  reach: Reach;
  issue: string;
  limit: number;
}

/**
 * The cell of countries a < b: the tally's (positions or a statement link them) with its alignment,
 * or, when only alignment links them (relations), a cell of alignment alone; null when nothing does.
 */
export function _pairCell(m: Measured, a: string, ta: CountryTally | undefined, b: string, tb: CountryTally | undefined): AgreementCell | null {
  const cell = ta && tb ? _cellOf(m.tally, m.issue, a, ta, b, tb, m.limit) : null;
  const aligned = m.alignment.get(`${a}|${b}`);
  if (!aligned) return cell;
  if (!cell) return _alignedCell(m.issue, a, ta, b, tb, aligned, m.reach.of(a, b), m.limit);
  cell.alignment = aligned.score;
  cell.alignmentParts = aligned.parts;
  return cell;
}

/** The scores a cell carries, by field: what a host ranks and colours by. */
export type CellMeasure = 'alignment' | 'sScore' | 'kappa';

/**
 * The `count` countries with the most evidence in a matrix's cells: articles summed over each
 * country's cells, ties by code; sorted by code. A whole corpus has over a hundred countries, and a
 * heatmap or a client wants the best-evidenced few. With `measure`, only the cells where that score
 * is defined count, so the few shown are the ones it says something about.
 *
 * @example
 * mostEvidenced({ cells: matrix.cells, count: 16, measure: 'alignment' }); // ['EG', 'IR', 'RU', ...]
 */
export function mostEvidenced({ cells, count, measure }: { cells: AgreementCell[]; count: number; measure?: CellMeasure }): string[] {
  const weight = new Map<string, number>();
  for (const cell of cells) {
    if (measure && cell[measure] === null) continue;
    weight.set(cell.a, (weight.get(cell.a) ?? 0) + cell.articles);
    weight.set(cell.b, (weight.get(cell.b) ?? 0) + cell.articles);
  }
  return [...weight]
    .sort(([x, wx], [y, wy]) => wy - wx || (x < y ? -1 : x > y ? 1 : 0))
    .slice(0, count)
    .map(([country]) => country)
    .sort();
}
