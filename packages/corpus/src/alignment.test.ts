import { describe, expect, it } from 'vitest';
import { alignmentScores } from './alignment.js';
import type { PositionRecord, RelationRecord } from './types.js';

let n = 0;
const evidence = (text: string) => [{ articleId: `a${n}`, start: 0, end: text.length, text }];
const rel = (source: string, target: string, polarity: 1 | -1, story = `s${++n}`): RelationRecord => ({
  articleId: story,
  storyId: story,
  date: '2017-01-01',
  source,
  target,
  issue: 'yemen',
  polarity,
  confidence: 0.8,
  evidence: evidence(`${source} ${polarity > 0 ? 'backs' : 'blames'} ${target}`),
});
const pos = (country: string, code: string, polarity: 1 | -1, story = `s${++n}`): PositionRecord => ({
  articleId: story,
  storyId: story,
  date: '2017-01-01',
  country,
  issue: 'yemen',
  code,
  polarity,
  confidence: 0.8,
  evidence: evidence(`${country} ${code}`),
});

// Yemen as the record has it: the coalition (SA, AE) backs the government and blames the Houthis and
// Iran; Iran backs the Houthis; everyone repeats "a political solution".
const relations = [
  rel('SA', 'YE', 1),
  rel('SA', 'YE', 1),
  rel('SA', 'houthis', -1),
  rel('SA', 'houthis', -1),
  rel('SA', 'IR', -1),
  rel('AE', 'YE', 1),
  rel('AE', 'houthis', -1),
  rel('AE', 'IR', -1),
  rel('IR', 'houthis', 1),
  rel('IR', 'houthis', 1),
  rel('IR', 'SA', -1),
  rel('EG', 'YE', 1),
  rel('EG', 'houthis', -1),
];
const positions = ['SA', 'AE', 'IR', 'EG'].flatMap((c) => [pos(c, 'political_solution', 1), pos(c, 'political_solution', 1)]);

describe('alignmentScores', () => {
  const scores = alignmentScores({ positions, relations, issue: 'yemen' });

  it('orders allies above adversaries', () => {
    const score = (a: string, b: string) => scores.get(a < b ? `${a}|${b}` : `${b}|${a}`)!.score;
    expect(score('AE', 'SA')).toBeGreaterThan(0.2);
    expect(score('IR', 'SA')).toBeLessThan(-0.2);
    expect(score('AE', 'SA')).toBeGreaterThan(score('EG', 'SA'));
    expect(score('EG', 'SA')).toBeGreaterThan(score('EG', 'IR'));
  });

  it('gives a platitude every country states no weight', () => {
    const parts = scores.get('AE|SA')!.parts;
    expect(parts.some((p) => p.key === 'political_solution')).toBe(false);
  });

  it('explains a score by parts that sum to it, each with evidence of both sides where they spoke', () => {
    for (const a of scores.values()) expect(a.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(a.score, 2);
    const houthis = scores.get('IR|SA')!.parts.find((p) => p.key === 'houthis')!;
    expect(houthis).toMatchObject({ kind: 'relation', a: 1, b: -1 });
    expect(houthis.contribution).toBeLessThan(0);
    expect(houthis.evidence.map((e) => e.country).sort()).toEqual(['IR', 'IR', 'SA', 'SA']);
  });

  it('reads "A blames B" as a difference with B, who backs itself, though B says nothing of it', () => {
    const blamed = alignmentScores({
      positions: [pos('X', 'ceasefire', 1), pos('X', 'ceasefire', 1), pos('Y', 'ceasefire', 1), pos('Y', 'sanctions', -1)],
      relations: [rel('X', 'Y', -1), rel('X', 'Y', -1), rel('Z', 'Y', 1), rel('Z', 'Y', 1)],
      issue: 'yemen',
    });
    expect(blamed.get('X|Y')!.score).toBeLessThan(0);
    expect(blamed.get('X|Y')!.parts[0]).toMatchObject({ kind: 'relation', key: 'Y', a: -1, b: 1 });
  });

  it('scores nobody on an issue with fewer than two countries that speak on it', () => {
    expect(alignmentScores({ positions: [pos('SA', 'ceasefire', 1)], relations: [], issue: 'yemen' }).size).toBe(0);
  });
});
