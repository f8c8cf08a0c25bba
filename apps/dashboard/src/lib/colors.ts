/** Colours that carry meaning: agreement on a diverging, colour-blind-safe scale; countries on Okabe–Ito. */

type Rgb = [number, number, number];

// ColorBrewer RdBu: red (disagreement) through a light neutral to blue (agreement).
const STOPS: Array<[number, Rgb]> = [
  [-1, [178, 24, 43]],
  [-0.5, [239, 138, 98]],
  [0, [222, 224, 228]],
  [0.5, [103, 169, 207]],
  [1, [33, 102, 172]],
];
const UNKNOWN: Rgb = [154, 158, 166];

/**
 * The colour of a score in [-1, 1]; null (no comparable positions) is grey.
 * @example scoreColor(1, 1) // 'rgba(33, 102, 172, 1)'
 */
export function scoreColor(score: number | null, alpha = 1): string {
  const [r, g, b] = score === null ? UNKNOWN : interpolate(Math.max(-1, Math.min(1, score)));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function interpolate(score: number): Rgb {
  for (let i = 1; i < STOPS.length; i++) {
    const [hi, to] = STOPS[i]!;
    const [lo, from] = STOPS[i - 1]!;
    if (score <= hi) {
      const t = (score - lo) / (hi - lo);
      return [0, 1, 2].map((k) => Math.round(from[k]! + (to[k]! - from[k]!) * t)) as Rgb;
    }
  }
  return STOPS[STOPS.length - 1]![1];
}

/**
 * Opacity for how much evidence stands behind a cell: thin evidence is faint, never invisible.
 * @example evidenceAlpha(1, 10) // ≈ 0.47
 */
export function evidenceAlpha(articles: number, maxArticles: number): number {
  if (maxArticles <= 0) return 0.35;
  return 0.3 + 0.7 * (Math.log1p(articles) / Math.log1p(maxArticles));
}

/** Dark text on light cells, white on dark ones. */
export function textColorOn(score: number | null, alpha: number): string {
  return score !== null && Math.abs(score) > 0.55 && alpha > 0.6 ? '#ffffff' : '#1b1d23';
}

const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8a7a00', '#000000'];

/** A stable colour per country within one view (by its rank in `countries`). */
export function countryColor(country: string, countries: string[]): string {
  const index = countries.indexOf(country);
  return OKABE_ITO[(index < 0 ? 0 : index) % OKABE_ITO.length]!;
}

export const SUPPORT_COLOR = '#2166ac';
export const OPPOSE_COLOR = '#b2182b';
