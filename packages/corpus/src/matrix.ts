import { _cellOf } from './cell.js';
import { evidenceLimitOf } from './options.js';
import { tallyIssue } from './tally.js';
import { alignmentScores } from './alignment.js';
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
  const names = [...new Set(countries ?? tally.countries.keys())].sort();
  const rows = names.map((name) => tally.countries.get(name));
  const cells: AgreementCell[] = [];
  for (let i = 0; i < names.length; i++) {
    const ta = rows[i];
    if (!ta) continue;
    for (let j = i + 1; j < names.length; j++) {
      const tb = rows[j];
      const cell = tb ? _cellOf(tally, issue, names[i]!, ta, names[j]!, tb, limit) : null;
      if (!cell) continue;
      _alignInto(cell, alignment);
      cells.push(cell);
    }
  }
  return { issue, countries: names, cells };
}

/** Gives a cell its pair's alignment and parts from `alignmentScores`' map, when the pair has one. */
export function _alignInto(cell: AgreementCell, alignment: Map<string, Alignment>): void {
  const aligned = alignment.get(`${cell.a}|${cell.b}`);
  if (!aligned) return;
  cell.alignment = aligned.score;
  cell.alignmentParts = aligned.parts;
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
