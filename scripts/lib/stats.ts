/** Rank statistics shared by the validation scripts. */

export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
export const sd = (xs: number[], m = mean(xs)) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));

/** Ranks from 1, ties sharing their mean rank (vote agreement has many ties near 1). */
export function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

export function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = mean(xs),
    my = mean(ys);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export const spearman = (xs: number[], ys: number[]) => pearson(ranks(xs), ranks(ys));
export const correlate = (xs: number[], ys: number[]) => ({ n: xs.length, spearman: spearman(xs, ys), pearson: pearson(xs, ys) });
export const fmt = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
