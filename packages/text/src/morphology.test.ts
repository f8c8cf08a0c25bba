import { describe, expect, it } from 'vitest';
import {
  beginsWithAnd,
  cliticsOf,
  dualVerb,
  finiteEnding,
  hasClitics,
  imperfectPrefix,
  imperfectVerb,
  possessive,
  underPrepositionAndArticle,
  withoutArticle,
} from './morphology.js';

describe('cliticsOf', () => {
  it.each([
    ['مفاوضات', 'مفاوضات', { conjunction: '', preposition: '', article: false }],
    ['والمفاوضات', 'مفاوضات', { conjunction: 'و', preposition: '', article: true }],
    ['وبالمفاوضات', 'مفاوضات', { conjunction: 'و', preposition: 'ب', article: true }],
    ['فبالمفاوضات', 'بالمفاوضات', { conjunction: 'ف', preposition: '', article: false }],
    ['للمفاوضات', 'مفاوضات', { conjunction: '', preposition: 'ل', article: true }],
    ['وللامم', 'امم', { conjunction: 'و', preposition: 'ل', article: true }],
    ['كالمفاوضات', 'مفاوضات', { conjunction: '', preposition: 'ك', article: true }],
    ['لمصر', 'مصر', { conjunction: '', preposition: 'ل', article: false }],
    // "الألمانية": the article stands twice once the stem's hamza is normalised away.
    ['بالالمانيه', 'مانيه', { conjunction: '', preposition: 'ب', article: true }],
    ['talks', 'talk', { conjunction: '', preposition: '', article: false }],
  ])('%s read as %s', (word, key, clitics) => {
    expect(cliticsOf(word, key)).toEqual(clitics);
    expect(hasClitics(cliticsOf(word, key))).toBe(Object.values(clitics).some(Boolean));
  });
});

describe('word-shape rules', () => {
  it('tells Arabic verbs by prefix and the dual by its ending', () => {
    expect([imperfectVerb('تعمل'), imperfectVerb('سيعقد'), imperfectVerb('مصر'), imperfectVerb('تم')]).toEqual([true, true, false, false]);
    expect([dualVerb('تعملان'), dualVerb('يؤكدان'), dualVerb('الجانبان')]).toEqual([true, true, false]);
    expect([imperfectPrefix('نرفض'), imperfectPrefix('رفض')]).toEqual([true, false]);
  });

  it('tells an English finite ending, a word joined by و, and a word under a preposition and the article', () => {
    expect([finiteEnding('agreed'), finiteEnding('urges'), finiteEnding('urge')]).toEqual([true, true, false]);
    expect([beginsWithAnd('وروسيا'), beginsWithAnd('روسيا')]).toEqual([true, false]);
    expect([possessive("russia's minister", 6, 's'), possessive('russia s', 6, 's')]).toEqual([true, false]);
    expect([withoutArticle('الخارجيه'), withoutArticle('الي'), withoutArticle('خارجيه')]).toEqual(['خارجيه', 'الي', 'خارجيه']);
    expect([underPrepositionAndArticle('بالتخلي'), underPrepositionAndArticle('وللامم'), underPrepositionAndArticle('والكويت')]).toEqual([true, true, false]);
  });
});
