import { describe, expect, it } from 'vitest';
import { calibrated, fitCurve } from './calibration.js';

describe('fitCurve', () => {
  it('is non-decreasing and pools what would go down', () => {
    const items = [
      { confidence: 0.5, right: false },
      { confidence: 0.6, right: true },
      { confidence: 0.7, right: false },
      { confidence: 0.8, right: true },
      { confidence: 0.9, right: true },
    ];
    const curve = fitCurve(items);
    for (let i = 1; i < curve.y.length; i++) expect(curve.y[i]!).toBeGreaterThan(curve.y[i - 1]!);
    // 0.6 right and 0.7 wrong pool into one block at their mean: (1 + 1) / (2 + 2).
    expect(curve).toEqual({ x: [0.5, 0.65, 0.85], y: [0.333, 0.5, 0.75] });
  });

  it('never says certain from a few right answers', () => {
    expect(
      fitCurve([
        { confidence: 0.9, right: true },
        { confidence: 0.9, right: true },
      ]).y,
    ).toEqual([0.75]);
  });
});

describe('calibrated', () => {
  const curves = { position: { x: [0.6, 0.8], y: [0.4, 0.8] }, relation: { x: [], y: [] } };
  it('reads the curve, linear between points and flat outside', () => {
    expect(calibrated('position', 0.7, curves)).toBe(0.6);
    expect(calibrated('position', 0.5, curves)).toBe(0.4);
    expect(calibrated('position', 0.95, curves)).toBe(0.8);
  });
  it('leaves a confidence raw when its curve is empty', () => {
    expect(calibrated('relation', 0.77, curves)).toBe(0.77);
  });
});
