/** Reading agreement cells: which number to show, how to print it, which pairs stand out. */
import { mostEvidenced } from '@accord/corpus';
import type { AgreementCell, AgreementLabel } from './types';

/** The cell field a view colours and ranks by. */
export type Measure = 'alignment' | 'sScore' | 'kappa';

/** The measures a view offers, with the `measure` URL parameter of each (the API's names; none for the default). */
export const MEASURES: Array<{ value: Measure; param: string | null; label: string }> = [
  { value: 'alignment', param: null, label: 'Alignment' },
  { value: 'sScore', param: 's', label: 'S-score' },
  { value: 'kappa', param: 'kappa', label: 'κ (chance-corrected)' },
];

/**
 * The measure a URL asks for; alignment when it names none (or one unknown).
 * @example measureOf(new URL('http://x/?measure=kappa')) // 'kappa'
 */
export function measureOf(url: URL): Measure {
  const param = url.searchParams.get('measure');
  return MEASURES.find((m) => m.param !== null && m.param === param)?.value ?? 'alignment';
}

/** @example measureLabel('sScore') // 'S-score' */
export function measureLabel(measure: Measure): string {
  return MEASURES.find((m) => m.value === measure)!.label;
}
/** The analysis labels, and `neutral` for a defined score too close to 0 to lean either way. */
export type CellLabel = AgreementLabel | 'neutral';

/**
 * One key per unordered pair.
 * @example pairKey('RU', 'EG') // 'EG-RU'
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** The chosen measure of a cell; null when undefined for it. */
export function scoreOf(cell: AgreementCell, measure: Measure): number | null {
  return cell[measure];
}

/**
 * A score for tables and cells: two decimals with a true minus sign, an en dash when undefined.
 * @example formatScore(-0.5) // '−0.50'
 */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || Number.isNaN(score)) return '–';
  return score.toFixed(2).replace('-', '−');
}

/**
 * The word for a cell: `mixed` when the texts state both agreement and difference, else the
 * score's sign (the analysis labels' rule), `neutral` near 0 and `unknown` without a score.
 * @example labelOfScore(0.4) // 'agree'
 */
export function labelOfScore(score: number | null, explicit?: AgreementCell['explicit']): CellLabel {
  if (explicit && explicit.agree > 0 && explicit.disagree > 0) return 'mixed';
  if (score === null) return 'unknown';
  if (score > 0.05) return 'agree';
  if (score < -0.05) return 'disagree';
  return 'neutral';
}

/**
 * The most and least aligned pairs among cells with a defined score; more evidence breaks ties.
 * Pairs resting on one or two articles score ±1 easily, so they rank only when better-evidenced
 * pairs are too few to fill both lists.
 * @example alignedPairs(matrix.cells, 'sScore', 5).most[0] // the pair with the highest S-score
 */
export function alignedPairs(cells: AgreementCell[], measure: Measure, count: number): { most: AgreementCell[]; least: AgreementCell[] } {
  const defined = cells.filter((c) => scoreOf(c, measure) !== null);
  const floor = [3, 2].find((articles) => defined.filter((c) => c.articles >= articles).length >= 2 * count) ?? 1;
  const scored = defined.filter((c) => c.articles >= floor);
  const byScore = (sign: 1 | -1) => (x: AgreementCell, y: AgreementCell) => sign * (scoreOf(y, measure)! - scoreOf(x, measure)!) || y.articles - x.articles;
  const most = [...scored].sort(byScore(1)).slice(0, count);
  const least = [...scored]
    .sort(byScore(-1))
    .filter((c) => !most.includes(c))
    .slice(0, count);
  return { most, least };
}

/**
 * The countries a heatmap shows: the chosen ones, else those with the most evidence (at most
 * `limit`) among the cells where `measure` is defined, as the API's `top` picks them.
 * @example heatmapCountries(matrix, [], 16, 'alignment')
 */
export function heatmapCountries(matrix: { countries: string[]; cells: AgreementCell[] }, chosen: string[], limit: number, measure?: Measure): string[] {
  if (chosen.length > 0) return matrix.countries.filter((c) => chosen.includes(c));
  const measured = measure ? mostEvidenced({ cells: matrix.cells, count: limit, measure }) : [];
  // A small corpus may give the measure no pair at all; the heatmap then shows what evidence there is.
  return measured.length >= 2 ? measured : mostEvidenced({ cells: matrix.cells, count: limit });
}
