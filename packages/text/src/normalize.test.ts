import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, originalSpan } from './normalize.js';

describe('normalizeText', () => {
  it('folds alef forms (أ إ آ ٱ) to ا', () => {
    expect(normalizeText('أحمد إلى آخر ٱلله').text).toBe('احمد الي اخر الله');
  });

  it('folds ى to ي and ة to ه', () => {
    expect(normalizeText('مستوى القضية').text).toBe('مستوي القضيه');
  });

  it('removes tatweel and diacritics', () => {
    expect(normalizeText('مـــصر').text).toBe('مصر');
    expect(normalizeText('وزيرُ الخارجيّة').text).toBe('وزير الخارجيه');
    expect(normalizeText('سِيَاسِيًّا').text).toBe('سياسيا');
  });

  it('turns Arabic-Indic and Extended Arabic-Indic digits into ASCII', () => {
    expect(normalizeText('٠١٢٣٤٥٦٧٨٩').text).toBe('0123456789');
    expect(normalizeText('۲۰۱۷').text).toBe('2017');
  });

  it('lower-cases Latin and removes invisible bidi and zero-width marks', () => {
    expect(normalizeText('U.S. Secretary').text).toBe('u.s. secretary');
    expect(normalizeText('Lav\u200Brov\u200F \u202Bمصر\u202C \u2066x\u2069\uFEFF').text).toBe('lavrov مصر x');
  });

  it('turns control characters, tabs and no-break spaces into spaces but keeps line breaks', () => {
    expect(normalizeText('a\tb\u0000c\u00A0d\ne\r').text).toBe('a b c d\ne ');
  });

  it('keeps the length of text with nothing to delete and gives an identity map', () => {
    const input = 'مصر وروسيا 2017';
    const n = normalizeText(input);
    expect(n.text.length).toBe(input.length);
    expect([...n.map]).toEqual([...Array(input.length + 1).keys()]);
  });

  it('maps every normalised character back to the original character it came from', () => {
    const input = 'وزيرُ الخارجيّة سامـــح شكري';
    const n = normalizeText(input);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
    const s = n.text.indexOf('سامح');
    const span = originalSpan(n, s, s + 'سامح'.length);
    expect(input.slice(span.start, span.end)).toBe('سامـــح');
  });

  it('gives an empty text and a one-entry map for empty or all-deleted input', () => {
    expect(normalizeText('').text).toBe('');
    expect([...normalizeText('').map]).toEqual([0]);
    const marks = normalizeText('\u064E\u0640\u200F');
    expect(marks.text).toBe('');
    expect([...marks.map]).toEqual([3]);
  });

  // Characters the normaliser changes or deletes, mixed with ordinary ones.
  const interesting = fc.constantFrom(
    'أ',
    'إ',
    'آ',
    'ٱ',
    'ى',
    'ة',
    'ـ',
    '\u064B',
    '\u0651',
    '\u0670',
    '٣',
    '۷',
    'A',
    'Z',
    'É',
    'ا',
    'ب',
    ' ',
    '\n',
    '\t',
    '\u0000',
    '\u200B',
    '\u200F',
    '\u202E',
    '\u2067',
    '\uFEFF',
    '\u00AD',
    '\u061C',
    '\u2019',
    '.',
    '😀',
  );
  const mixed = fc.array(fc.oneof(interesting, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));

  it('has a strictly increasing map ending at the original length (property)', () => {
    fc.assert(
      fc.property(mixed, (input) => {
        const { text, map } = normalizeText(input);
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(input.length);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThan(map[i - 1]!);
      }),
    );
  });

  it('maps any span back to an original slice that normalises to the same text (property)', () => {
    fc.assert(
      fc.property(mixed, fc.nat(), fc.nat(), (input, x, y) => {
        const norm = normalizeText(input);
        const len = norm.text.length;
        const s = Math.min(x, y) % (len + 1);
        const e = s + (Math.max(x, y) % (len - s + 1));
        const { start, end } = originalSpan(norm, s, e);
        expect(normalizeText(input.slice(start, end)).text).toBe(norm.text.slice(s, e));
      }),
    );
  });

  it('never throws on arbitrary unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), (a, b) => {
        expect(normalizeText(a).text.length).toBeLessThanOrEqual(a.length);
        expect(normalizeText(b).map.length).toBeLessThanOrEqual(b.length + 1);
      }),
    );
  });
});
