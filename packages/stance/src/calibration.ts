import calibration from '../data/calibration.json' with { type: 'json' };

/** A monotone map from the engine's raw confidence to the share of such items a gold reading confirms. */
export interface CalibrationCurve {
  /** Raw confidences, ascending, and the calibrated confidence at each; linear in between, flat outside. */
  x: number[];
  y: number[];
}

export interface Calibration {
  $comment?: string;
  position: CalibrationCurve;
  relation: CalibrationCurve;
}

const shipped = calibration as Calibration;

/**
 * A raw confidence read on a calibration curve: what share of positions (or relations) given that
 * confidence the gold readings of the training texts confirmed. The curve is fitted by
 * `pnpm calibrate` (isotonic regression on `fixtures/real/train`) and shipped as data.
 *
 * @example
 * calibrated('relation', 0.65); // 0.31 with the shipped curve
 */
export function calibrated(kind: 'position' | 'relation', raw: number, curves: Calibration | undefined = shipped): number {
  curves ??= shipped;
  const { x, y } = curves[kind];
  if (x.length === 0) return raw;
  if (raw <= x[0]!) return y[0]!;
  for (let i = 1; i < x.length; i++) {
    if (raw <= x[i]!) {
      const t = (raw - x[i - 1]!) / (x[i]! - x[i - 1]! || 1);
      return Math.round((y[i - 1]! + t * (y[i]! - y[i - 1]!)) * 100) / 100;
    }
  }
  return y[y.length - 1]!;
}

/**
 * Fits a calibration curve by isotonic regression (pool adjacent violators): the non-decreasing step
 * function of raw confidence closest to the 0/1 outcomes, as points at each pooled block's mean,
 * each block's share smoothed as (right + 1) / (n + 2).
 *
 * @example
 * fitCurve([{ confidence: 0.6, right: false }, { confidence: 0.9, right: true }]); // { x: [0.6, 0.9], y: [0.333, 0.667] }
 */
export function fitCurve(items: Array<{ confidence: number; right: boolean }>): CalibrationCurve {
  // One point per distinct confidence, then pool adjacent violators over the points.
  const points = new Map<number, { sum: number; n: number }>();
  for (const it of items) {
    const key = Math.round(it.confidence * 1000) / 1000;
    const p = points.get(key) ?? points.set(key, { sum: 0, n: 0 }).get(key)!;
    p.sum += it.right ? 1 : 0;
    p.n++;
  }
  const blocks: Array<{ sum: number; n: number; x: number }> = [];
  for (const [x, p] of [...points].sort((a, b) => a[0] - b[0])) {
    blocks.push({ sum: p.sum, n: p.n, x });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n
    ) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      prev.x = (prev.x * prev.n + last.x * last.n) / (prev.n + last.n);
      prev.sum += last.sum;
      prev.n += last.n;
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  // (right + 1) / (n + 2): a block of three right answers is not certainty.
  return { x: blocks.map((b) => round(b.x)), y: blocks.map((b) => round((b.sum + 1) / (b.n + 2))) };
}
