/**
 * A country's position vector on one issue: per code it states, its value in [-1, 1] (stories
 * stating +1 minus stories stating -1, over stories stating the code) and the story-level
 * statements behind it, which weigh the code when two vectors are compared. A code absent is 0.
 */
export type PositionVector = Record<string, { value: number; statements: number }>;

/** Per code, E|X - Y| for two countries drawn independently from the population. */
export type ExpectedDistances = Map<string, number>;

/**
 * Signorino–Ritter S of two position vectors: 1 - 2·d/d_max with d = Σ w_c·|a_c - b_c| and
 * d_max = Σ w_c·2 over the codes either states, w_c = statements of c by a plus by b.
 * Same code and polarity gives 1, opposite polarity -1, disjoint codes 0; null when either is empty.
 *
 * @example
 * sScore({ a: { ceasefire: { value: 1, statements: 2 } }, b: { ceasefire: { value: -1, statements: 1 } } }); // -1
 */
export function sScore({ a, b }: { a: PositionVector; b: PositionVector }): number | null {
  return _scores(a, b, new Map()).sScore;
}

/**
 * Chance-corrected agreement of two position vectors, kappa style: 1 - d_obs/d_exp, where d_exp
 * weighs each code by the distance two countries drawn at random from `population` (every
 * country's vector on the issue, a and b included) would have on it. A position nearly everyone
 * holds adds almost nothing to d_exp, so sharing it cannot inflate agreement. Clamped to [-1, 1];
 * null when either vector is empty, the two share no code (nothing to compare), or d_exp is 0
 * (no variation to correct for).
 *
 * @example
 * const population = [egypt, russia, france, iran]; // PositionVector of each on 'syria'
 * kappaScore({ a: egypt, b: russia, population }); // e.g. -0.85 where S is 0.67
 */
export function kappaScore({ a, b, population }: { a: PositionVector; b: PositionVector; population: PositionVector[] }): number | null {
  return _scores(a, b, _expectedDistances(population)).kappa;
}

/** S and kappa in one pass over the codes either vector states. */
export function _scores(a: PositionVector, b: PositionVector, expected: ExpectedDistances): { sScore: number | null; kappa: number | null } {
  if (isEmpty(a) || isEmpty(b)) return { sScore: null, kappa: null };
  // observed = d = Σ w_c·|a_c - b_c|, weight = Σ w_c = d_max/2 (so S = 1 - observed/weight), chance = d_exp.
  let observed = 0;
  let weight = 0;
  let chance = 0;
  let shared = false;
  for (const code in a) {
    const x = a[code]!;
    const y = b[code];
    if (y) shared = true;
    const w = x.statements + (y?.statements ?? 0);
    observed += w * Math.abs(x.value - (y?.value ?? 0));
    weight += w;
    chance += w * (expected.get(code) ?? 0);
  }
  for (const code in b) {
    if (code in a) continue;
    const y = b[code]!;
    observed += y.statements * Math.abs(y.value);
    weight += y.statements;
    chance += y.statements * (expected.get(code) ?? 0);
  }
  return {
    sScore: weight === 0 ? null : 1 - observed / weight,
    // Codes that never overlap say nothing about agreement (ONTOLOGY: unknown); against a chance of
    // both being silent on rare codes they would read as the strongest disagreement.
    kappa: chance === 0 || !shared ? null : Math.max(-1, Math.min(1, 1 - observed / chance)),
  };
}

function isEmpty(v: PositionVector): boolean {
  for (const _ in v) return false;
  return true;
}

/**
 * E|X_c - Y_c| per code for X, Y drawn independently (with replacement) from the population's
 * values on c, a country without c counting as 0: (2/n²)·Σ_{i<j}|v_i - v_j|.
 */
export function _expectedDistances(population: PositionVector[]): ExpectedDistances {
  const n = population.length;
  const values = new Map<string, number[]>();
  for (const vector of population) {
    for (const code in vector) {
      const value = vector[code]!.value;
      const list = values.get(code);
      if (list) list.push(value);
      else values.set(code, [value]);
    }
  }
  const expected: ExpectedDistances = new Map();
  for (const [code, held] of values) {
    const sorted = held.concat(new Array<number>(n - held.length).fill(0)).sort((x, y) => x - y);
    // Sorted, the gap between v_{j-1} and v_j lies between j·(n-j) pairs; equal values add an exact 0.
    let sum = 0;
    for (let j = 1; j < n; j++) sum += (sorted[j]! - sorted[j - 1]!) * j * (n - j);
    expected.set(code, (2 * sum) / (n * n));
  }
  return expected;
}
