import { normalizeText, tokenize } from '@accord/text';
import { describe, expect, it } from 'vitest';
import { defaultLexicon, defaultLexiconData } from './data.js';
import { WordList } from './grammar.js';
import { grammarSchema, type Grammar } from './schema.js';

const tokensOf = (text: string) => tokenize(normalizeText(text).text);

describe('WordList', () => {
  it('finds words as the text spells them after normalisation, prefixes and two-word phrases', () => {
    const list = new WordList(['إلى', 'لدى', 'شركا*', 'كلا من', 'Both']);
    expect(['الي', 'لدي', 'شركاؤنا', 'both'].map((w) => list.has(w))).toEqual([true, true, true, true]);
    expect(list.has('كلا')).toBe(false);
    const tokens = tokensOf('أكد كلا من مصر');
    expect([list.before(tokens, 3), list.before(tokens, 2), list.before(tokens, 0)]).toEqual([true, false, false]);
  });
});

describe('the shipped grammar words (data/grammar.*.json)', () => {
  const grammar = defaultLexiconData.grammar as { ar: Grammar; en: Grammar };

  it('validate against the schema', () => {
    for (const language of ['ar', 'en'] as const) expect(grammarSchema.safeParse(grammar[language]).success).toBe(true);
  });

  it('are single words of the text (two-word phrases only where a phrase before a name is read)', () => {
    for (const language of ['ar', 'en'] as const) {
      for (const [role, value] of Object.entries(grammar[language])) {
        if (typeof value === 'string') continue;
        for (const word of value) {
          const n = tokensOf(word.replace(/\*$/, '')).length;
          expect(n === 1 || (n === 2 && (role === 'both' || role === 'places')), `${language} ${role}: "${word}"`).toBe(true);
        }
      }
    }
  });

  // One list of prepositions; the lists of particular prepositions are drawn from it, so the two cannot
  // drift apart unnoticed. `inside` and `within` are left out of `prepositions` on purpose: a name after
  // them would stop being a subject, which changes the analysis of sgmfa-0024 (Singapore MFA corpus).
  it('draw every role preposition from `prepositions`', () => {
    const compiled = defaultLexicon().grammar;
    const outside = { ar: [] as string[], en: ['inside', 'within'] };
    for (const language of ['ar', 'en'] as const) {
      const g = grammar[language];
      for (const role of ['officeOf', 'officeFrom', 'topicPrepositions', 'placeOrPartner', 'company', 'places'] as const) {
        for (const word of g[role]) {
          if (word.includes(' ') || outside[language].includes(word)) continue;
          expect(compiled[language].prepositions.has(normalizeText(word).text), `${language} ${role}: "${word}" is not in prepositions`).toBe(true);
        }
      }
    }
  });
});
