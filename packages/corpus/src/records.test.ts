import { describe, expect, it } from 'vitest';
import { agreementMatrix } from './matrix.js';
import { recordsFromAnalysis, type StanceAnalysis } from './records.js';

const text = 'Lavrov said there is no military solution in Syria. Shoukry agreed with him.';
const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });

// What `analyze` would give for the text, written out by hand; the agreement is listed b > a.
const analysis: StanceAnalysis = {
  stances: [
    {
      country: 'RU',
      issue: 'syria',
      positions: [{ code: 'political_solution', polarity: 1, confidence: 0.85, evidence: [span('there is no military solution in Syria')] }],
    },
    { country: 'EG', issue: 'syria', positions: [{ code: 'political_solution', polarity: 1, confidence: 0.8, evidence: [span('Shoukry agreed with him')] }] },
  ],
  agreements: [{ a: 'RU', b: 'EG', issue: 'syria', label: 'agree', score: 1, explicit: true, evidence: [span('Shoukry agreed with him')] }],
};

describe('recordsFromAnalysis', () => {
  it('makes one record per position and per agreement, keeping the evidence text', () => {
    const { positions, agreements } = recordsFromAnalysis({ analysis, articleId: 'a1', storyId: 's1', date: '2017-05-01' });
    expect(positions).toHaveLength(2);
    expect(positions[0]).toEqual({
      articleId: 'a1',
      storyId: 's1',
      date: '2017-05-01',
      country: 'RU',
      issue: 'syria',
      code: 'political_solution',
      polarity: 1,
      confidence: 0.85,
      evidence: [{ articleId: 'a1', start: 12, end: 50, text: 'there is no military solution in Syria' }],
    });
    expect(agreements).toEqual([
      {
        articleId: 'a1',
        storyId: 's1',
        date: '2017-05-01',
        a: 'EG',
        b: 'RU',
        issue: 'syria',
        label: 'agree',
        score: 1,
        explicit: true,
        evidence: [{ articleId: 'a1', ...span('Shoukry agreed with him') }],
      },
    ]);
    for (const ref of [...positions, ...agreements].flatMap((r) => r.evidence)) expect(text.slice(ref.start, ref.end)).toBe(ref.text);
  });

  it('defaults the story to the article and the date to null, and feeds the matrix', () => {
    const { positions, agreements } = recordsFromAnalysis({ analysis, articleId: 'a1' });
    expect(positions[0]).toMatchObject({ storyId: 'a1', date: null });
    const [cell] = agreementMatrix({ positions, agreements, issue: 'syria' }).cells;
    expect(cell).toMatchObject({ a: 'EG', b: 'RU', sScore: 1, explicit: { agree: 1, disagree: 0, share: 1 }, articles: 1, stories: 1, positions: 2 });
  });
});
