import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { arabicKeys } from './morphology.js';
import { tokenize } from './tokens.js';

const keysOf = (word: string) => tokenize(normalizeText(word).text)[0]?.keys ?? [];

describe('arabicKeys and tokenize', () => {
  it('strips conjunction, preposition and article: وبالمفاوضات → مفاوضات', () => {
    const keys = keysOf('وبالمفاوضات');
    expect(keys[0]).toBe('وبالمفاوضات');
    expect(keys).toContain('بالمفاوضات');
    expect(keys).toContain('المفاوضات');
    expect(keys).toContain('مفاوضات');
  });

  it('strips لل as ل + ال: للمفاوضات → مفاوضات', () => {
    expect(keysOf('للمفاوضات')).toContain('مفاوضات');
  });

  it('strips و and ال: والسلام → السلام, سلام', () => {
    expect(keysOf('والسلام')).toEqual(expect.arrayContaining(['والسلام', 'السلام', 'سلام']));
  });

  it('strips a pronoun suffix: موقفها → موقف, وبلادهم → بلاد', () => {
    expect(keysOf('موقفها')).toContain('موقف');
    expect(keysOf('وبلادهم')).toContain('بلاد');
  });

  it('gives the word first, then distinct stripped forms of at least two letters taken from inside it (property)', () => {
    const letter = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ'.split(''));
    const clitic = fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'وبال', 'فلل');
    const suffix = fc.constantFrom('', 'ها', 'هم', 'هما', 'كم', 'نا', 'ه');
    const word = fc.tuple(clitic, fc.array(letter, { minLength: 1, maxLength: 8 }), suffix).map(([c, stem, s]) => c + stem.join('') + s);
    fc.assert(
      fc.property(word, (w) => {
        const keys = arabicKeys(w);
        expect(keys[0]).toBe(w);
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys.slice(1)) {
          expect(k.length).toBeGreaterThanOrEqual(2);
          expect(w).toContain(k);
        }
      }),
    );
  });

  it('gives English plural keys', () => {
    expect(keysOf('talks')).toEqual(['talks', 'talk']);
    expect(keysOf('countries')).toEqual(['countries', 'country']);
    expect(keysOf('class')).toEqual(['class']);
  });

  it('splits on spaces, punctuation and hyphens and keeps digits as words', () => {
    const text = normalizeText('قال لافروف: «الحل سياسي»، U.S.-led 2017').text;
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'لافروف', 'الحل', 'سياسي', 'u', 's', 'led', '2017']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.arabic)).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('tokenizes only the range [from, to)', () => {
    const text = 'مصر وروسيا والسعودية';
    const tokens = tokenize(text, 4, 10);
    expect(tokens.map((t) => t.text)).toEqual(['وروسيا']);
  });

  it('keeps a word longer than maxWordLength whole with no stripped forms', () => {
    const word = 'وال' + 'ب'.repeat(100);
    const [token] = tokenize(word, 0, word.length, 64);
    expect(token?.text).toBe(word);
    expect(token?.keys).toEqual([word]);
  });

  it('handles a one-million-letter word', () => {
    const word = 'س'.repeat(1_000_000);
    const tokens = tokenize(word);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.end).toBe(word.length);
  });

  it('gives ordered, non-overlapping, in-bounds tokens for any unicode (property)', () => {
    const words = fc.constantFrom('وبالمفاوضات', 'سوريا', 'لافروف', 'the', 'talks', '2017', '٣', ' ', '،', '-', '\n', '😀', 'é');
    const input = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (raw, normalise) => {
        const text = normalise ? normalizeText(raw).text : raw;
        const tokens = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.keys[0]).toBe(t.text);
          last = t.end;
        }
      }),
    );
  });
});

describe('arabicKeys regressions', () => {
  it('offers the stem of a word whose own letters begin with ا+ل after the article', () => {
    // "الألمانية" (the German): ال + ألمانية, and ألمانية normalises to المانيه.
    expect(arabicKeys('الالمانيه')).toContain('مانيه');
  });
});
