import { describe, expect, it } from 'vitest';
import { goldSchema, scoreArticle, summarizeScores, type Gold } from './evaluate.js';
import type { Agreement, Analysis, Stance } from './schema.js';

const evidence = [{ start: 0, end: 1, text: 'x' }];
const stance = (country: string, issue: string, ...positions: Array<[string, 1 | -1]>): Stance => ({
  country,
  issue,
  positions: positions.map(([code, polarity]) => ({ code, polarity, confidence: 0.8, evidence })),
});
const agreement = (a: string, b: string, issue: string, label: Agreement['label']): Agreement => ({ a, b, issue, label, score: 0, explicit: false });
const analysisOf = (stances: Stance[], agreements: Agreement[] = []): Analysis => ({ language: 'ar', actors: [], stances, agreements, relations: [] });
const goldOf = (id: string, stances: Stance[], agreements: Array<Pick<Agreement, 'a' | 'b' | 'issue' | 'label'>> = []): Gold =>
  goldSchema.parse({
    id,
    language: 'ar',
    stances: stances.map((s) => ({ ...s, positions: s.positions.map(({ code, polarity }) => ({ code, polarity })) })),
    agreements,
  });

describe('scoreArticle', () => {
  it('gives perfect scores when the analysis equals the gold', () => {
    const stances = [stance('EG', 'syria', ['political_solution', 1], ['military_action', -1]), stance('RU', 'syria', ['political_solution', 1])];
    const score = scoreArticle(
      goldOf('a', stances, [{ a: 'EG', b: 'RU', issue: 'syria', label: 'agree' }]),
      analysisOf(stances, [agreement('EG', 'RU', 'syria', 'agree')]),
    );
    expect(score.stance).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(score.position).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(score.agreement).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(score.missed).toEqual([]);
    expect(score.extra).toEqual([]);
  });

  it('counts a position with the wrong polarity as one missed and one extra', () => {
    const gold = goldOf('a', [stance('EG', 'libya', ['military_action', -1], ['political_solution', 1])]);
    const score = scoreArticle(gold, analysisOf([stance('EG', 'libya', ['military_action', 1], ['political_solution', 1])]));
    expect(score.position).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score.stance).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.missed).toEqual(['EG libya military_action -1']);
    expect(score.extra).toEqual(['EG libya military_action +1']);
  });

  it('scores stances over (country, issue) pairs that have positions', () => {
    const gold = goldOf('a', [stance('EG', 'syria', ['ceasefire', 1]), stance('RU', 'yemen')]);
    const score = scoreArticle(gold, analysisOf([stance('EG', 'syria', ['political_solution', 1]), stance('SA', 'yemen', ['ceasefire', 1])]));
    expect(score.stance).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(score.stance.precision).toBeCloseTo(0.5);
    expect(score.stance.recall).toBe(1);
    expect(score.position).toMatchObject({ tp: 0, fp: 2, fn: 1, f1: 0 });
  });

  it('treats agreement pairs as unordered: A-B equals B-A', () => {
    const gold = goldOf('a', [], [{ a: 'RU', b: 'EG', issue: 'palestine', label: 'agree' }]);
    const score = scoreArticle(gold, analysisOf([], [agreement('EG', 'RU', 'palestine', 'agree')]));
    expect(score.agreement).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(score.agreementErrors).toEqual([]);
  });

  it('leaves keys that are unknown (or absent) on both sides out of agreement accuracy', () => {
    const gold = goldOf(
      'a',
      [],
      [
        { a: 'EG', b: 'RU', issue: 'yemen', label: 'unknown' },
        { a: 'EG', b: 'RU', issue: 'syria', label: 'agree' },
        { a: 'EG', b: 'TR', issue: 'libya', label: 'disagree' },
      ],
    );
    const analysis = analysisOf(
      [],
      [
        agreement('RU', 'EG', 'yemen', 'unknown'),
        agreement('RU', 'EG', 'syria', 'agree'),
        agreement('EG', 'TR', 'libya', 'unknown'),
        agreement('SA', 'AE', 'yemen', 'unknown'),
      ],
    );
    const score = scoreArticle(gold, analysis);
    expect(score.agreement).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(score.agreementErrors).toEqual(['EG-TR libya: disagree → unknown']);
  });

  it('counts a system agreement the gold does not have as wrong', () => {
    const score = scoreArticle(goldOf('a', []), analysisOf([], [agreement('EG', 'RU', 'syria', 'agree')]));
    expect(score.agreement).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(score.agreementErrors).toEqual(['EG-RU syria: unknown → agree']);
  });

  it('gives P = R = F1 = 1 and accuracy 1 when both gold and analysis are empty', () => {
    const score = scoreArticle(goldOf('empty', []), analysisOf([]));
    expect(score.stance).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score.position.f1).toBe(1);
    expect(score.agreement).toEqual({ correct: 0, total: 0, accuracy: 1 });
  });

  it('gives zero when the analysis has stances and the gold has none', () => {
    const score = scoreArticle(goldOf('none', []), analysisOf([stance('EG', 'syria', ['ceasefire', 1])]));
    expect(score.position).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, f1: 0 });
  });
});

describe('summarizeScores', () => {
  it('micro-averages: sums counts over articles before computing P/R/F1', () => {
    // Article 1: 1 of 1 positions right. Article 2: 1 right, 3 extra, 1 missed.
    const one = scoreArticle(goldOf('1', [stance('EG', 'syria', ['ceasefire', 1])]), analysisOf([stance('EG', 'syria', ['ceasefire', 1])]));
    const two = scoreArticle(
      goldOf('2', [stance('RU', 'libya', ['political_solution', 1], ['ceasefire', 1])], [{ a: 'EG', b: 'RU', issue: 'libya', label: 'agree' }]),
      analysisOf(
        [stance('RU', 'libya', ['political_solution', 1], ['military_action', 1], ['arms_embargo', 1], ['sanctions', -1])],
        [agreement('RU', 'EG', 'libya', 'disagree')],
      ),
    );
    const total = summarizeScores([one, two]);
    expect(total.articles).toBe(2);
    expect(total.position).toMatchObject({ tp: 2, fp: 3, fn: 1 });
    expect(total.position.precision).toBeCloseTo(2 / 5);
    expect(total.position.recall).toBeCloseTo(2 / 3);
    expect(total.position.f1).toBeCloseTo((2 * (2 / 5) * (2 / 3)) / (2 / 5 + 2 / 3));
    // A macro average of the two article F1s would differ.
    expect(total.position.f1).not.toBeCloseTo((one.position.f1 + two.position.f1) / 2);
    expect(total.agreement).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it('gives an empty summary for no articles', () => {
    const total = summarizeScores([]);
    expect(total.articles).toBe(0);
    expect(total.position).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
    expect(total.agreement.accuracy).toBe(1);
  });
});
