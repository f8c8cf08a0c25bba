import { normalizeText, tokenize } from '@accord/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, expandPhrase, type Entry } from './compile.js';
import { defaultLexicon, defaultLexiconData } from './data.js';
import { LexiconError } from './error.js';
import { PhraseMatcher } from './matcher.js';
import { lexiconDataSchema, type LexiconData } from './schema.js';

const data = lexiconDataSchema.parse(defaultLexiconData);
const tokensOf = (text: string) => tokenize(normalizeText(text).text);
const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
const clone = (): LexiconData => structuredClone(defaultLexiconData);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    return (error as LexiconError).code;
  }
  return undefined;
};

describe('the shipped lexicon data', () => {
  it('validates and compiles', () => {
    const lexicon = compileLexicon(defaultLexiconData);
    expect(lexicon.countries.size).toBeGreaterThan(100);
    expect(lexicon.matchers.ar.size).toBeGreaterThan(0);
    expect(lexicon.matchers.en.size).toBeGreaterThan(0);
    expect(defaultLexicon()).toBe(defaultLexicon());
  });

  it('has no duplicate country codes, ISO3 codes, body, issue or position ids', () => {
    expect(duplicates(data.countries.map((c) => c.code))).toEqual([]);
    expect(duplicates(data.countries.flatMap((c) => (c.iso3 ? [c.iso3] : [])))).toEqual([]);
    expect(duplicates(data.bodies.map((b) => b.id))).toEqual([]);
    expect(duplicates(data.issues.map((i) => i.id))).toEqual([]);
    expect(duplicates(data.positions.map((p) => p.code))).toEqual([]);
  });

  it('names collectives by known member states, once each', () => {
    const countries = new Set(data.countries.map((c) => c.code));
    expect(duplicates(data.collectives.map((c) => c.id))).toEqual([]);
    expect(data.collectives.flatMap((c) => c.members).filter((m) => !countries.has(m))).toEqual([]);
    const gcc = tokensOf('وزراء خارجية دول مجلس التعاون لدول الخليج العربية');
    expect(
      defaultLexicon()
        .matchers.ar.matchAll(gcc)
        .some((m) => m.payload.kind === 'collective' && m.start === 2 && m.end === gcc.length),
    ).toBe(true);
  });

  it('gives every person a known country, or a null country with a known body', () => {
    const countries = new Set(data.countries.map((c) => c.code));
    const bodies = new Set(data.bodies.map((b) => b.id));
    const bad = data.people
      .filter((p) => (p.country === null ? !p.body || !bodies.has(p.body) : !countries.has(p.country)) || (p.body !== undefined && !bodies.has(p.body)))
      .map((p) => `${p.names.en?.[0] ?? p.names.ar?.[0]} (${p.country}, ${p.body})`);
    expect(bad).toEqual([]);
  });

  it('gives every person at least one name', () => {
    const nameless = data.people.filter((p) => (p.names.ar?.length ?? 0) + (p.names.en?.length ?? 0) === 0);
    expect(nameless).toEqual([]);
  });

  it('uses only position codes that exist, in cues and their negations', () => {
    const codes = new Set(data.positions.map((p) => p.code));
    const unknown = data.cues.flatMap((c) => [c.code, ...(c.negated ? [c.negated.code] : [])]).filter((code) => !codes.has(code));
    expect(unknown).toEqual([]);
  });

  it('refers only to issues and countries that exist', () => {
    const issues = new Set(data.issues.map((i) => i.id));
    const countries = new Set(data.countries.map((c) => c.code));
    expect(data.positions.filter((p) => p.issue !== undefined && !issues.has(p.issue)).map((p) => p.code)).toEqual([]);
    expect(data.issues.flatMap((i) => i.countries).filter((c) => !countries.has(c))).toEqual([]);
  });

  it('names every relation actor of the ontology once, under an issue, with a body that matches it', () => {
    const actors = data.actors ?? [];
    const issues = new Set(data.issues.map((i) => i.id));
    expect(actors.map((a) => a.id).sort()).toEqual([
      'al_qaeda',
      'arab_coalition',
      'hamas',
      'hezbollah',
      'houthis',
      'isis',
      'lna',
      'muslim_brotherhood',
      'pkk',
      'sdf',
      'stc',
      'syrian_opposition',
    ]);
    expect(actors.filter((a) => !issues.has(a.issue)).map((a) => a.id)).toEqual([]);
    const ids = new Set(actors.map((a) => a.id));
    expect(data.bodies.filter((b) => b.actor !== undefined && !ids.has(b.actor)).map((b) => b.id)).toEqual([]);
    expect(actors.filter((a) => !data.bodies.some((b) => b.actor === a.id)).map((a) => a.id)).toEqual([]);
  });

  it('has terms in both languages for each issue', () => {
    for (const issue of data.issues) {
      expect(issue.terms.ar.length, issue.id).toBeGreaterThan(0);
      expect(issue.terms.en.length, issue.id).toBeGreaterThan(0);
    }
  });

  it('maps ISO3 codes to alpha-2 and issue countries to issues', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.iso3.get('SYR')).toBe('SY');
    expect(lexicon.iso3.get('EGY')).toBe('EG');
    expect(lexicon.issueOfCountry.get('SY')).toBe('syria');
    expect(lexicon.issues.has('palestine')).toBe(true);
  });

  it('recognises country names in both languages, with clitics', () => {
    const { matchers } = defaultLexicon();
    const countryAt = (lang: 'ar' | 'en', text: string) =>
      matchers[lang].matchAll(tokensOf(text)).flatMap((m) => (m.payload.kind === 'country' ? [m.payload.country] : []));
    expect(countryAt('ar', 'وزير خارجية مصر')).toContain('EG');
    expect(countryAt('ar', 'وروسيا')).toContain('RU');
    expect(countryAt('en', 'Egypt and Russia')).toEqual(expect.arrayContaining(['EG', 'RU']));
  });
});

describe('expandPhrase', () => {
  it('expands choices and optional choices', () => {
    expect(expandPhrase('{وقف|تجميد} [كل] الاستيطان').sort()).toEqual(['تجميد الاستيطان', 'تجميد كل الاستيطان', 'وقف الاستيطان', 'وقف كل الاستيطان'].sort());
  });

  it('keeps a plain phrase as it is and collapses spaces', () => {
    expect(expandPhrase('political  solution')).toEqual(['political solution']);
    expect(expandPhrase('حل سياسي*')).toEqual(['حل سياسي*']);
  });

  it('drops duplicate and empty forms', () => {
    expect(expandPhrase('{a|a} [b]').sort()).toEqual(['a', 'a b']);
    expect(expandPhrase('[x]')).toEqual(['x']);
    expect(expandPhrase('')).toEqual([]);
  });

  it('rejects a phrase that expands to too many forms', () => {
    const broad = Array.from({ length: 16 }, () => '{a|b}').join(' ');
    expect(codeOf(() => expandPhrase(broad))).toBe('phrase_too_broad');
  });
});

describe('PhraseMatcher', () => {
  it('matches normalised phrases with clitics and reports the clitic', () => {
    const m = new PhraseMatcher<string>();
    m.add('الأمم المتحدة', 'un');
    const [match] = m.matchAll(tokensOf('وللأمم المتحدة دور'));
    expect(match).toMatchObject({ start: 0, end: 2, payload: 'un', clitic: { conjunction: 'و', preposition: 'ل', article: true } });
    expect(m.matchAll(tokensOf('الامم المتحده'))).toHaveLength(1);
  });

  it('matches a star word against any word starting with it', () => {
    const m = new PhraseMatcher<string>();
    m.add('استئناف مفاوض*', 'resume');
    expect(m.matchAll(tokensOf('استئناف المفاوضات')).map((x) => x.payload)).toEqual(['resume']);
    expect(m.matchAll(tokensOf('واستئناف مفاوضات')).map((x) => x.payload)).toEqual(['resume']);
    expect(m.matchAll(tokensOf('استئناف مفاتيح'))).toEqual([]);
    const en = new PhraseMatcher<string>();
    en.add('political solution*', 'ps');
    expect(en.matchAll(tokensOf('a Political Solutions track')).map((x) => [x.start, x.end])).toEqual([[1, 3]]);
  });

  it('matches _ as exactly one word', () => {
    const m = new PhraseMatcher<string>();
    m.add('وقف _ النار', 'ceasefire');
    expect(m.matchAll(tokensOf('وقف إطلاق النار')).map((x) => [x.start, x.end, x.payload])).toEqual([[0, 3, 'ceasefire']]);
    expect(m.matchAll(tokensOf('وقف النار'))).toEqual([]);
    expect(m.matchAll(tokensOf('وقف اطلاق كامل النار'))).toEqual([]);
  });

  it('splits phrase words like text, so hyphens match', () => {
    const m = new PhraseMatcher<string>();
    m.add('two-state solution', 'tss');
    expect(m.matchAll(tokensOf('a two state solution'))).toHaveLength(1);
    expect(m.matchAll(tokensOf('the two-state solution'))).toHaveLength(1);
  });

  it('finds every phrase in order of start then length, within [from, to)', () => {
    const m = new PhraseMatcher<string>();
    m.add('peace', 'p');
    m.add('peace process', 'pp');
    m.add('process', 'pr');
    const tokens = tokensOf('the peace process resumed');
    expect(m.matchAll(tokens).map((x) => `${x.start}-${x.end}:${x.payload}`)).toEqual(['1-2:p', '1-3:pp', '2-3:pr']);
    expect(m.matchAll(tokens, 2).map((x) => x.payload)).toEqual(['pr']);
    expect(m.matchAll(tokens, 0, 2).map((x) => x.payload)).toEqual(['p']);
    expect(m.matchAt(tokens, 1).map((x) => x.payload)).toEqual(['p', 'pp']);
  });

  it('keeps every payload of a phrase added twice', () => {
    const m = new PhraseMatcher<number>();
    m.add('مصر', 1);
    m.add('مصر', 2);
    expect(
      m
        .matchAll(tokensOf('مصر'))
        .map((x) => x.payload)
        .sort(),
    ).toEqual([1, 2]);
    expect(m.size).toBe(2);
  });
});

describe('compileLexicon', () => {
  it('rejects invalid data with LexiconError invalid_data naming the path', () => {
    const lower = clone();
    (lower.countries[0] as { code: string }).code = 'eg';
    expect(codeOf(() => compileLexicon(lower))).toBe('invalid_data');
    try {
      compileLexicon(lower);
    } catch (error) {
      expect((error as Error).message).toContain('countries.0.code');
      expect((error as Error).cause).toBeDefined();
    }

    const badPolarity = clone();
    (badPolarity.cues[0] as { polarity?: number }).polarity = 2;
    expect(codeOf(() => compileLexicon(badPolarity))).toBe('invalid_data');

    const missing = clone() as Partial<LexiconData>;
    delete missing.issues;
    expect(codeOf(() => compileLexicon(missing as LexiconData))).toBe('invalid_data');

    const emptyPhrase = clone();
    emptyPhrase.issues[0]!.terms.en.push('');
    expect(codeOf(() => compileLexicon(emptyPhrase))).toBe('invalid_data');

    const backwards = clone();
    Object.assign(backwards.people[0]!, { from: 2020, to: 2010 });
    expect(codeOf(() => compileLexicon(backwards))).toBe('invalid_data');
  });

  it('lets a user add a country and an issue as data', () => {
    const extended = clone();
    const empty = { names: [], adjectives: [], capitals: [], metonyms: [] };
    extended.countries.push({ code: 'XA', iso3: 'XAA', ar: { ...empty, names: ['أتلانتس'] }, en: { ...empty, names: ['Atlantis'], capitals: ['Poseidonia'] } });
    extended.issues.push({
      id: 'atlantis',
      label: { en: 'Atlantis', ar: 'أتلانتس' },
      countries: ['XA'],
      terms: { ar: ['الجزيرة الغارقة'], en: ['sunken island'] },
    });
    const lexicon = compileLexicon(extended);
    expect(lexicon.iso3.get('XAA')).toBe('XA');
    expect(lexicon.issueOfCountry.get('XA')).toBe('atlantis');
    const payloads = (lang: 'ar' | 'en', text: string): Entry[] => lexicon.matchers[lang].matchAll(tokensOf(text)).map((m) => m.payload);
    expect(payloads('en', 'in Poseidonia')).toContainEqual({ kind: 'country', country: 'XA', form: 'capital' });
    expect(payloads('ar', 'وأتلانتس')).toContainEqual({ kind: 'country', country: 'XA', form: 'name' });
    expect(payloads('ar', 'الجزيرة الغارقة')).toContainEqual({ kind: 'issue', issue: 'atlantis' });
  });
});
