/**
 * Near-duplicate detection for wire stories that several outlets print with small edits: MinHash
 * over word trigrams, with locality-sensitive bands so a store finds candidates by exact key lookup.
 */

import { normalizeUnicode } from '@accord/text';

/** A text's MinHash signature and its band keys. Plain data: store it as JSON. */
export interface Fingerprint {
  /** `PERMUTATIONS` minimum hashes, unsigned 32-bit. Empty for a text with no shingle. */
  signature: number[];
  /** `BANDS` keys, one per band of `ROWS` signature values; two texts sharing one are candidates. */
  bands: string[];
}

const PERMUTATIONS = 128;
const BANDS = 32;
const ROWS = PERMUTATIONS / BANDS;
const SHINGLE = 3;
/** Estimated Jaccard similarity of the shingle sets from which two articles count as one story. */
export const SAME_STORY_SIMILARITY = 0.5;

// Fixed odd multipliers and offsets for the universal hashes h_i(x) = (a_i * x + b_i) mod 2^32;
// generated once from a seeded xorshift so signatures are stable across versions and machines.
const { mulA, addB } = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const mulA = new Uint32Array(PERMUTATIONS);
  const addB = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) {
    mulA[i] = next() | 1;
    addB[i] = next();
  }
  return { mulA, addB };
})();

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Letters and digits only, case and diacritics folded, Arabic letter variants merged: outlets
// differ in hamza and taa marbuta spelling more than in words.
function words(text: string): string[] {
  const folded = normalizeUnicode(text, 'NFKD')
    .toLowerCase()
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The MinHash fingerprint of a text.
 *
 * @example
 * const a = fingerprint(story), b = fingerprint(reprint);
 * isSameStory(a, b); // true when the two share most word trigrams
 */
export function fingerprint(text: string): Fingerprint {
  const list = words(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= list.length; i++) shingles.add(fnv1a(list.slice(i, i + SHINGLE).join(' ')));
  if (shingles.size === 0 && list.length > 0) shingles.add(fnv1a(list.join(' ')));
  if (shingles.size === 0) return { signature: [], bands: [] };
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = (Math.imul(mulA[i]!, x) + addB[i]!) >>> 0;
      if (h < mins[i]!) mins[i] = h;
    }
  }
  const signature = Array.from(mins);
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    bands.push(
      `${b}:${fnv1a(signature.slice(b * ROWS, (b + 1) * ROWS).join(','))
        .toString(16)
        .padStart(8, '0')}`,
    );
  }
  return { signature, bands };
}

/** The estimated Jaccard similarity of two fingerprints' shingle sets, in [0, 1]. */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  const n = Math.min(a.signature.length, b.signature.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a.signature[i] === b.signature[i]) same++;
  return same / n;
}

/** Whether two fingerprints are the same story printed twice. */
export function isSameStory(a: Fingerprint, b: Fingerprint): boolean {
  return similarity(a, b) >= SAME_STORY_SIMILARITY;
}
