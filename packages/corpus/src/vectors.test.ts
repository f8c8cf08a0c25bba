import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kappaScore, sScore, type PositionVector } from './vectors.js';

const vector = (...codes: Array<[string, number, number?]>): PositionVector =>
  Object.fromEntries(codes.map(([code, value, statements = 1]) => [code, { value, statements }]));

describe('sScore', () => {
  it('is 1 for identical vectors, -1 for opposite polarity, 0 for disjoint codes', () => {
    const egypt = vector(['political_solution', 1, 2], ['military_action', -1]);
    expect(sScore({ a: egypt, b: egypt })).toBe(1);
    expect(sScore({ a: vector(['ceasefire', 1, 3]), b: vector(['ceasefire', -1]) })).toBe(-1);
    expect(sScore({ a: vector(['ceasefire', 1]), b: vector(['sanctions', 1]) })).toBe(0);
  });

  it('is null when either side has no position', () => {
    expect(sScore({ a: vector(['ceasefire', 1]), b: {} })).toBeNull();
  });
});

describe('kappaScore', () => {
  // Ten countries: nine hold u = +1, only `a` holds v = +1, the tenth holds w.
  // E_u = 2·(9·1)/10² = 0.18, E_v = 2·(1·9)/10² = 0.18.
  // a = {u, v}, b = {u}: w_u = 2, w_v = 1; d_obs = 1·|1 - 0| = 1, d_exp = 2·0.18 + 1·0.18 = 0.54.
  // S = 1 - 2·1/(2·3) = 2/3, but κ = 1 - 1/0.54 = -0.8519: sharing what everyone holds earns nothing.
  it('gives no credit for a near-universal position that S rewards', () => {
    const a = vector(['u', 1], ['v', 1]);
    const b = vector(['u', 1]);
    const population = [a, b, ...Array.from({ length: 7 }, () => vector(['u', 1])), vector(['w', 1])];
    expect(sScore({ a, b })).toBeCloseTo(2 / 3, 10);
    expect(kappaScore({ a, b, population })).toBeCloseTo(1 - 1 / 0.54, 10);
  });

  it("is undefined when nobody differs on the pair's codes, or a side is empty", () => {
    const same = vector(['ceasefire', 1]);
    expect(kappaScore({ a: same, b: same, population: [same, same, same] })).toBeNull();
    expect(kappaScore({ a: same, b: {}, population: [same, vector(['sanctions', 1])] })).toBeNull();
  });

  it('is undefined for disjoint codes, which the ontology calls unknown, where S is 0', () => {
    const a = vector(['v', 1]);
    const b = vector(['w', 1]);
    const population = [a, b, ...Array.from({ length: 20 }, () => vector(['u', 1]))];
    expect(sScore({ a, b })).toBe(0);
    expect(kappaScore({ a, b, population })).toBeNull();
  });

  it('is clamped to -1 when the observed distance dwarfs chance', () => {
    const a = vector(['v', 1]);
    const b = vector(['v', -1]);
    const population = [a, b, ...Array.from({ length: 20 }, () => vector(['u', 1]))];
    expect(kappaScore({ a, b, population })).toBe(-1);
  });
});

describe('S and kappa, any vectors', () => {
  const codes = fc.constantFrom('ceasefire', 'sanctions', 'military_action', 'un_framework');
  const anyVector = fc.dictionary(codes, fc.record({ value: fc.double({ min: -1, max: 1, noNaN: true }), statements: fc.integer({ min: 1, max: 9 }) }));

  it('stay within [-1, 1] and do not depend on the order of the pair', () => {
    fc.assert(
      fc.property(anyVector, anyVector, fc.array(anyVector, { maxLength: 6 }), (a, b, others) => {
        const population = [a, b, ...others];
        const scores = [sScore({ a, b }), kappaScore({ a, b, population })];
        const swapped = [sScore({ a: b, b: a }), kappaScore({ a: b, b: a, population })];
        for (const [i, score] of scores.entries()) {
          if (score === null) expect(swapped[i]).toBeNull();
          else {
            expect(Math.abs(score)).toBeLessThanOrEqual(1);
            expect(swapped[i]).toBeCloseTo(score, 12);
          }
        }
      }),
    );
  });
});
