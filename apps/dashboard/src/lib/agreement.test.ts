import { describe, expect, it } from 'vitest';
import { alignedPairs, formatScore, heatmapCountries, labelOfScore, measureOf, pairKey } from './agreement';
import type { AgreementCell } from './types';

const cell = (a: string, b: string, sScore: number | null, articles = 1, explicit = { agree: 0, disagree: 0, share: null }): AgreementCell => ({
  a,
  b,
  issue: 'syria',
  sScore,
  kappa: null,
  alignment: null,
  alignmentParts: [],
  explicit,
  articles,
  stories: articles,
  positions: 2,
  evidence: [],
});

describe('labelOfScore', () => {
  it('follows the sign, and says mixed only when both kinds of statement exist', () => {
    expect(labelOfScore(0.4)).toBe('agree');
    expect(labelOfScore(-0.4)).toBe('disagree');
    expect(labelOfScore(0)).toBe('neutral');
    expect(labelOfScore(null)).toBe('unknown');
    expect(labelOfScore(0.9, { agree: 1, disagree: 2, share: 1 / 3 })).toBe('mixed');
  });
});

describe('alignedPairs', () => {
  it('ranks defined scores both ways, never listing a pair twice', () => {
    const cells = [cell('EG', 'RU', 0.9), cell('EG', 'TR', -0.5), cell('RU', 'TR', null), cell('EG', 'SA', 0.9, 5)];
    const { most, least } = alignedPairs(cells, 'sScore', 2);
    expect(most.map((c) => pairKey(c.a, c.b))).toEqual(['EG-SA', 'EG-RU']);
    expect(least.map((c) => pairKey(c.a, c.b))).toEqual(['EG-TR']);
  });
});

describe('alignedPairs with thin evidence', () => {
  it('leaves out pairs resting on one or two articles when enough pairs have three or more', () => {
    const cells = [
      cell('AR', 'BZ', 1, 1),
      cell('EG', 'RU', 0.6, 4),
      cell('EG', 'TR', 0.2, 3),
      cell('RU', 'TR', -0.1, 5),
      cell('EG', 'SA', 0.4, 3),
      cell('BZ', 'EG', -1, 2),
    ];
    const { most, least } = alignedPairs(cells, 'sScore', 2);
    expect(most.map((c) => pairKey(c.a, c.b))).toEqual(['EG-RU', 'EG-SA']);
    expect(least.map((c) => pairKey(c.a, c.b))).toEqual(['RU-TR', 'EG-TR']);
    expect(alignedPairs(cells.slice(0, 2), 'sScore', 2).most.map((c) => pairKey(c.a, c.b))).toEqual(['AR-BZ', 'EG-RU']);
  });
});

describe('heatmapCountries', () => {
  it('keeps the chosen countries, else the ones with the most evidence', () => {
    const matrix = { countries: ['EG', 'RU', 'SA', 'TR'], cells: [cell('EG', 'RU', 1, 9), cell('SA', 'TR', 1, 1)] };
    expect(heatmapCountries(matrix, ['TR', 'EG'], 2)).toEqual(['EG', 'TR']);
    expect(heatmapCountries(matrix, [], 2)).toEqual(['EG', 'RU']);
  });

  it('counts only the cells the measure says something about, unless it says nothing at all', () => {
    const aligned = { ...cell('SA', 'TR', 1, 1), alignment: 0.4 };
    const matrix = { countries: ['EG', 'RU', 'SA', 'TR'], cells: [cell('EG', 'RU', 1, 9), aligned] };
    expect(heatmapCountries(matrix, [], 2, 'alignment')).toEqual(['SA', 'TR']);
    expect(heatmapCountries({ ...matrix, cells: [cell('EG', 'RU', 1, 9)] }, [], 2, 'alignment')).toEqual(['EG', 'RU']);
  });
});

describe('measureOf', () => {
  it('reads the API measure names from the URL, alignment by default', () => {
    expect(measureOf(new URL('http://x/?measure=kappa'))).toBe('kappa');
    expect(measureOf(new URL('http://x/?measure=s'))).toBe('sScore');
    expect(measureOf(new URL('http://x/?measure=votes'))).toBe('alignment');
    expect(measureOf(new URL('http://x/'))).toBe('alignment');
  });
});

describe('formatScore', () => {
  it('prints a true minus and a dash for no score', () => {
    expect(formatScore(-0.5)).toBe('−0.50');
    expect(formatScore(null)).toBe('–');
  });
});
