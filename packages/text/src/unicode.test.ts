import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _inCanonicalOrder, normalizeUnicode } from './unicode.js';

// Marks of many classes: class 0 (U+0903), with decompositions (U+0344, U+0F73), astral (U+1D165,
// U+1D16D), Arabic (U+064E 30, U+0651 33, U+0670 35), Hebrew, Tibetan and Latin ones.
const MARKS = [
  '\u064e',
  '\u0651',
  '\u0670',
  '\u0301',
  '\u0316',
  '\u0334',
  '\u0345',
  '\u0344',
  '\u0903',
  '\u05b0',
  '\u0f71',
  '\u0f72',
  '\u0f73',
  '\u031b',
  '\u1dce',
  '\u{1d165}',
  '\u{1d16d}',
  '\u0308',
];
const BASES = ['a', 'e', 'ا', 'ᄀ', '가', ' ', 'ﬁ'];
const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;

const longRun = fc.array(fc.constantFrom(...MARKS), { minLength: 32, maxLength: 120 }).map((marks) => marks.join(''));
const text = fc.array(fc.oneof(fc.constantFrom(...BASES), fc.constantFrom(...MARKS), longRun), { maxLength: 12 }).map((parts) => parts.join(''));

describe('normalizeUnicode', () => {
  it('gives what String.prototype.normalize gives, in every form, long runs of marks included', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const form of FORMS) expect(normalizeUnicode(input, form)).toBe(input.normalize(form));
      }),
      { numRuns: 500 },
    );
  });

  // What makes it linear: ICU's insertion into canonical order is then a plain append.
  it('hands ICU a long run of marks already decomposed and in canonical order', () => {
    fc.assert(
      fc.property(longRun, (run) => {
        expect(_inCanonicalOrder(run)).toBe(run.normalize('NFD'));
      }),
    );
  });

  it('composes as NFC does', () => {
    expect(normalizeUnicode('e\u0301', 'NFC')).toBe('é');
    expect(normalizeUnicode(`ا${'\u0651\u064e'.repeat(20)}`, 'NFC')).toBe(`ا${'\u064e'.repeat(20)}${'\u0651'.repeat(20)}`);
  });
});
