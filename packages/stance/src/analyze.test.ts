import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { defaultLexicon } from '@accord/lexicon';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, resolveCountry } from './analyze.js';
import { StanceError } from './error.js';
import { analysisSchema, type Analysis } from './schema.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const shared = resolve(repoRoot, '../shared');
const seedPath = resolve(shared, 'seed/egypt-russia-moscow.ar.txt');
const schemaPath = resolve(shared, 'spec/analysis.schema.json');
const hasSeed = existsSync(seedPath);
const hasSchema = existsSync(schemaPath);
const seed = hasSeed ? readFileSync(seedPath, 'utf8') : '';

const validateJson = hasSchema ? new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : undefined;

/** Every offset indexes `text` and every evidence text is exactly its slice; the output matches both schemas. */
function expectValidAnalysis(text: string, analysis: Analysis): void {
  const zod = analysisSchema.safeParse(analysis);
  expect(zod.success, zod.success ? '' : zod.error.message).toBe(true);
  if (validateJson) expect(validateJson(JSON.parse(JSON.stringify(analysis))), JSON.stringify(validateJson.errors)).toBe(true);
  const inBounds = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  };
  const evidence = [...analysis.stances.flatMap((s) => s.positions.flatMap((p) => p.evidence)), ...analysis.agreements.flatMap((a) => a.evidence ?? [])];
  for (const e of evidence) {
    inBounds(e);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) {
      inBounds(m);
      expect(m.end).toBeGreaterThan(m.start);
    }
  }
  for (const s of analysis.sentences ?? []) inBounds(s);
}

const labelOf = (analysis: Analysis, x: string, y: string, issue: string) =>
  analysis.agreements.find((a) => a.issue === issue && ((a.a === x && a.b === y) || (a.a === y && a.b === x)))?.label;

describe('analyze', () => {
  describe.skipIf(!hasSeed)(`the seed article (${hasSeed ? 'seed/egypt-russia-moscow.ar.txt' : 'SKIPPED: ../shared/seed not found'})`, () => {
    let analysis: Analysis | undefined;
    beforeAll(() => {
      analysis = analyze({ text: seed });
    });

    it('is Arabic and names Shoukry and Lavrov with their countries', () => {
      expect(analysis!.language).toBe('ar');
      const countries = new Set(analysis!.actors.map((a) => a.country));
      expect(countries).toContain('EG');
      expect(countries).toContain('RU');
    });

    it('finds Egypt and Russia agreeing on syria, libya, palestine and terrorism', () => {
      for (const issue of ['syria', 'libya', 'palestine', 'terrorism']) expect(labelOf(analysis!, 'EG', 'RU', issue), issue).toBe('agree');
    });

    it('claims no EG-RU agreement on yemen, which only Egypt mentions', () => {
      expect([undefined, 'unknown']).toContain(labelOf(analysis!, 'EG', 'RU', 'yemen'));
    });

    it('gives Egypt and Russia stances on the issues they discuss', () => {
      const keys = new Set(analysis!.stances.filter((s) => s.positions.length > 0).map((s) => `${s.country} ${s.issue}`));
      for (const k of ['EG syria', 'EG palestine', 'EG terrorism', 'RU syria', 'RU terrorism']) expect(keys).toContain(k);
    });

    it('gives exact, in-bounds spans and output valid against the zod and JSON schemas', () => {
      expectValidAnalysis(seed, analysis!);
      expect(analysis!.sentences!.length).toBeGreaterThan(5);
    });

    it.skipIf(!hasSchema)('is checked against spec/analysis.schema.json (the JSON schema rejects a broken analysis)', () => {
      const broken = JSON.parse(JSON.stringify(analysis)) as { agreements: Array<{ label: string }> };
      broken.agreements[0]!.label = 'friendly';
      expect(validateJson!(broken)).toBe(false);
      expect(analysisSchema.safeParse(broken).success).toBe(false);
    });

    it('is the same analysis every time, and keeps the id first when given', () => {
      const again = analyze({ text: seed, id: 'seed' });
      expect(Object.keys(again)[0]).toBe('id');
      expect(again.id).toBe('seed');
      const { id, ...rest } = again;
      expect(id).toBe('seed');
      expect(rest).toEqual(analysis);
    });

    it('leaves sentences out with sentences: false', () => {
      const lean = analyze({ text: seed, sentences: false });
      expect(lean.sentences).toBeUndefined();
      expect(lean.stances).toEqual(analysis!.stances);
    });

    it('analyses a 1 MB+ text built by repeating the seed', () => {
      const big = Array.from({ length: Math.ceil(1_100_000 / (seed.length + 2)) }, () => seed).join('\n\n');
      expect(big.length).toBeGreaterThan(1_000_000);
      const result = analyze({ text: big });
      expect(result.language).toBe('ar');
      expect(labelOf(result, 'EG', 'RU', 'palestine')).toBe('agree');
      expectValidAnalysis(big, result);
    });
  });

  it('gives an empty analysis for empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t  \r\n', '\u200F\u200B']) {
      const a = analyze({ text });
      expect(a.stances).toEqual([]);
      expect(a.agreements).toEqual([]);
      expect(a.actors).toEqual([]);
      expectValidAnalysis(text, a);
    }
  });

  it('detects English text', () => {
    const text = 'The Russian foreign minister said Moscow supports a political solution in Syria.';
    const a = analyze({ text });
    expect(a.language).toBe('en');
    expectValidAnalysis(text, a);
  });

  it.each([
    ['وقال وزير الخارجية السوري وليد المعلم إن بلاده تدعم الحل السياسي في سوريا.', 'SY'],
    ['قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحل السياسي في سوريا.', 'RU'],
    ['Russian Foreign Minister Sergei Lavrov said Moscow supports a political solution in Syria.', 'RU'],
  ])('attributes a minister’s statement to his country: %s', (text, country) => {
    const a = analyze({ text });
    const syria = a.stances.find((s) => s.country === country && s.issue === 'syria');
    expect(syria?.positions.map((p) => [p.code, p.polarity])).toContainEqual(['political_solution', 1]);
    expectValidAnalysis(text, a);
  });

  it('uses the language it is given instead of detecting one', () => {
    expect(analyze({ text: 'قال لافروف', language: 'en' }).language).toBe('en');
    expect(analyze({ text: 'Lavrov said', language: 'ar' }).language).toBe('ar');
  });

  it('resolves speakerCountry from alpha-3 or alpha-2 in any case', () => {
    const lexicon = defaultLexicon();
    expect(resolveCountry(lexicon, 'SYR')).toBe('SY');
    expect(resolveCountry(lexicon, 'sy')).toBe('SY');
    expect(resolveCountry(lexicon, ' egy ')).toBe('EG');
    const text = 'We support a political solution in Syria and reject foreign military intervention.';
    const alpha3 = analyze({ text, speakerCountry: 'SYR' });
    expect(analyze({ text, speakerCountry: 'sy' })).toEqual(alpha3);
    expect(alpha3.stances.map((s) => s.country)).toContain('SY');
    expectValidAnalysis(text, alpha3);
  });

  it('throws StanceError unknown_country for an unknown speakerCountry', () => {
    let error: unknown;
    try {
      analyze({ text: 'We support a political solution.', speakerCountry: 'XXX' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StanceError);
    expect((error as StanceError).code).toBe('unknown_country');
    expect((error as StanceError).message).toContain('XXX');
  });

  it('throws StanceError invalid_input when text is not a string', () => {
    expect(() => analyze({ text: 42 } as unknown as { text: string })).toThrow(StanceError);
    expect(() => analyze(undefined as unknown as { text: string })).toThrow(StanceError);
  });

  it('never throws and keeps every span exact on random mixes of Arabic, English, punctuation, digits, control and bidi characters (property)', () => {
    const arabicWords = (seed || 'قال وزير الخارجية المصري سامح شكري إن مصر وروسيا تدعمان الحل السياسي في سوريا ولافروف').split(/\s+/).filter(Boolean);
    const englishWords = [
      'Lavrov',
      'said',
      'Egypt',
      'Russia',
      'supports',
      'a',
      'political',
      'solution',
      'in',
      'Syria',
      'U.S.',
      'Mr.',
      'rejects',
      'not',
      'agreed',
      'terrorism',
      'Yemen',
      'ceasefire',
    ];
    let withStances = 0;
    const seedSentences = (seed || arabicWords.join(' ')).split(/(?<=[.،])/).filter((x) => x.trim());
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...seedSentences) },
      { weight: 5, arbitrary: fc.constantFrom(...arabicWords) },
      { weight: 3, arbitrary: fc.constantFrom(...englishWords) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '.', '،', ',', '؟', '!', ':', '؛', '…', '(', ')', '-') },
      { weight: 2, arbitrary: fc.constantFrom('"', '«', '»', '“', '”', "'", '\u2019') },
      { weight: 1, arbitrary: fc.constantFrom('2017', '٣', '3.5', '١٢') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '\u0000',
          '\t',
          '\r',
          '\u0007',
          '\u007F',
          '\u200B',
          '\u200C',
          '\u200D',
          '\u200E',
          '\u200F',
          '\u202A',
          '\u202B',
          '\u202E',
          '\u2066',
          '\u2069',
          '\u061C',
          '\uFEFF',
          'ـ',
          '\u064E',
          '\u0651',
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = pieces.join('');
        const analysis = analyze({ text });
        expectValidAnalysis(text, analysis);
        if (analysis.stances.length > 0) withStances++;
      }),
      { numRuns: 1000 },
    );
    // The mix must reach the labelling stages, or the property checks little.
    if (hasSeed) expect(withStances).toBeGreaterThan(30);
  });
});
