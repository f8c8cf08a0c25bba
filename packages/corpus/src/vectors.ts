import { Interner } from './bits.js';

/**
 * A country's position vector on one issue: per code it states, its value in [-1, 1] (stories
 * stating +1 minus stories stating -1, over stories stating the code) and the story-level
 * statements behind it, which weigh the code when two vectors are compared. A code absent is 0.
 */
export type PositionVector = Record<string, { value: number; statements: number }>;

/**
 * A position vector over numbered codes, as the matrix compares thousands of pairs of them: arrays
 * indexed by code id (0 where the code is not stated) instead of a string-keyed object per pair.
 */
export interface DenseVector {
  /** The code ids stated, in the order first stated (a PositionVector's key order): the sums run in it, so they round the same. */
  order: number[];
  value: Float64Array;
  statements: Float64Array;
}

export const newDenseVector = (codes: number): DenseVector => ({ order: [], value: new Float64Array(codes), statements: new Float64Array(codes) });

export function setCode(vector: DenseVector, code: number, value: number, statements: number): void {
  vector.order.push(code);
  vector.value[code] = value;
  vector.statements[code] = statements;
}

/**
 * Signorino–Ritter S of two position vectors: 1 - 2·d/d_max with d = Σ w_c·|a_c - b_c| and
 * d_max = Σ w_c·2 over the codes either states, w_c = statements of c by a plus by b.
 * Same code and polarity gives 1, opposite polarity -1, disjoint codes 0; null when either is empty.
 *
 * @example
 * sScore({ a: { ceasefire: { value: 1, statements: 2 } }, b: { ceasefire: { value: -1, statements: 1 } } }); // -1
 */
export function sScore({ a, b }: { a: PositionVector; b: PositionVector }): number | null {
  const { vectors, codes } = denseVectors([a, b]);
  const scores: Scores = { sScore: null, kappa: null };
  _scoreInto(scores, vectors[0]!, vectors[1]!, new Float64Array(codes));
  return scores.sScore;
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
  const { vectors, codes } = denseVectors([a, b, ...population]);
  const scores: Scores = { sScore: null, kappa: null };
  _scoreInto(scores, vectors[0]!, vectors[1]!, _expectedDistances(vectors.slice(2), codes));
  return scores.kappa;
}

// The vectors over one numbering of all their codes.
function denseVectors(vectors: PositionVector[]): { vectors: DenseVector[]; codes: number } {
  const codes = new Interner();
  for (const vector of vectors) for (const code in vector) codes.id(code);
  const dense = vectors.map((vector) => {
    const d = newDenseVector(codes.size);
    for (const code in vector) setCode(d, codes.id(code), vector[code]!.value, vector[code]!.statements);
    return d;
  });
  return { vectors: dense, codes: codes.size };
}

/** Scores as an `AgreementCell` holds them: null until `_scoreInto` has compared two vectors. */
export interface Scores {
  sScore: number | null;
  kappa: number | null;
}

/**
 * Writes S and kappa of a and b into `scores`, in one pass over the codes either states; `expected`
 * is d_exp's E per code id. It writes into the cell rather than returning a pair: a matrix compares
 * tens of thousands of pairs, and each returned pair would be garbage to collect.
 */
export function _scoreInto(scores: Scores, a: DenseVector, b: DenseVector, expected: Float64Array): void {
  if (a.order.length === 0 || b.order.length === 0) return;
  // observed = d = Σ w_c·|a_c - b_c|, weight = Σ w_c = d_max/2 (so S = 1 - observed/weight), chance = d_exp.
  let observed = 0;
  let weight = 0;
  let chance = 0;
  let shared = false;
  for (const code of a.order) {
    const other = b.statements[code]!;
    if (other > 0) shared = true;
    const w = a.statements[code]! + other;
    observed += w * Math.abs(a.value[code]! - b.value[code]!);
    weight += w;
    chance += w * expected[code]!;
  }
  for (const code of b.order) {
    if (a.statements[code]! > 0) continue;
    const w = b.statements[code]!;
    observed += w * Math.abs(b.value[code]!);
    weight += w;
    chance += w * expected[code]!;
  }
  scores.sScore = weight === 0 ? null : 1 - observed / weight;
  // Codes that never overlap say nothing about agreement (ONTOLOGY: unknown); against a chance of
  // both being silent on rare codes they would read as the strongest disagreement.
  scores.kappa = chance === 0 || !shared ? null : Math.max(-1, Math.min(1, 1 - observed / chance));
}

/**
 * E|X_c - Y_c| per code id (below `codes`) for X, Y drawn independently (with replacement) from the
 * population's values on c, a country without c counting as 0: (2/n²)·Σ_{i<j}|v_i - v_j|.
 */
export function _expectedDistances(population: DenseVector[], codes: number): Float64Array {
  const n = population.length;
  const values: number[][] = Array.from({ length: codes }, () => []);
  for (const vector of population) for (const code of vector.order) values[code]!.push(vector.value[code]!);
  const expected = new Float64Array(codes);
  for (let code = 0; code < codes; code++) {
    const held = values[code]!;
    if (held.length === 0) continue;
    const sorted = held.concat(new Array<number>(n - held.length).fill(0)).sort((x, y) => x - y);
    // Sorted, the gap between v_{j-1} and v_j lies between j·(n-j) pairs; equal values add an exact 0.
    let sum = 0;
    for (let j = 1; j < n; j++) sum += (sorted[j]! - sorted[j - 1]!) * j * (n - j);
    expected[code] = (2 * sum) / (n * n);
  }
  return expected;
}
