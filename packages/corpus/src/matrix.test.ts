import { describe, expect, it } from 'vitest';
import { agreementMatrix, mostEvidenced } from './matrix.js';
import { position, relation, stated } from './test-records.js';

describe('agreementMatrix', () => {
  // The README's worked example.
  // EG: political_solution +1 in stories s1, s2, s3 → 1 (3 statements); military_action -1 in s4 → -1 (1).
  // RU: political_solution +1 in s5 and -1 in s6 → 0 (2); military_action -1 in s5, s6 → -1 (2); ceasefire +1 in s7 → 1 (1).
  // w: political_solution 3+2 = 5, military_action 1+2 = 3, ceasefire 0+1 = 1; d_max = 2·9 = 18.
  // d = 5·|1-0| + 3·|-1+1| + 1·|0-1| = 6, so S = 1 - 2·6/18 = 1/3.
  // FR (political_solution +1) and US (political_solution +1, military_action +1) join the population:
  // E_political_solution = 2·3/4² = 0.375 over (1, 0, 1, 1); E_military_action = 2·7/4² = 0.875 over (-1, -1, 0, 1);
  // E_ceasefire = 2·3/4² = 0.375 over (0, 1, 0, 0). d_exp = 5·0.375 + 3·0.875 + 1·0.375 = 4.875, κ = 1 - 6/4.875 = -3/13.
  it('weighs each code by the story-level statements of both countries', () => {
    const positions = [
      ...['s1', 's2', 's3'].map((story) => position('EG', 'political_solution', 1, { story })),
      position('EG', 'military_action', -1, { story: 's4' }),
      position('RU', 'political_solution', 1, { story: 's5' }),
      position('RU', 'political_solution', -1, { story: 's6' }),
      ...['s5', 's6'].map((story) => position('RU', 'military_action', -1, { story })),
      position('RU', 'ceasefire', 1, { story: 's7' }),
      position('FR', 'political_solution', 1, { story: 's8' }),
      position('US', 'political_solution', 1, { story: 's9' }),
      position('US', 'military_action', 1, { story: 's9' }),
    ];
    const cell = agreementMatrix({ positions, agreements: [], issue: 'syria' }).cells.find((c) => c.a === 'EG' && c.b === 'RU');
    expect(cell).toMatchObject({ positions: 9, stories: 7, articles: 7 });
    expect(cell?.sScore).toBeCloseTo(1 / 3, 12);
    expect(cell?.kappa).toBeCloseTo(-3 / 13, 12);
  });

  it('counts a statement once however many articles print its story', () => {
    // Counted per article, EG would be (3 - 1)/4 = 0.5 with weight 5 and S 0.5; per story it is 0 and S 0.
    const positions = [
      ...['a1', 'a2', 'a3'].map((article) => position('EG', 'ceasefire', 1, { article, story: 's1' })),
      position('EG', 'ceasefire', -1, { story: 's2' }),
      position('RU', 'ceasefire', 1, { story: 's3' }),
    ];
    const [cell] = agreementMatrix({ positions, agreements: [], issue: 'syria' }).cells;
    expect(cell).toMatchObject({ sScore: 0, positions: 3, stories: 3, articles: 5 });
  });

  it('counts explicit statements once per story, a mixed one as one of each', () => {
    const agreements = [
      stated('EG', 'RU', 'agree', { story: 's1', article: 'x1' }),
      stated('EG', 'RU', 'agree', { story: 's1', article: 'x2' }),
      stated('EG', 'RU', 'mixed', { story: 's2' }),
      stated('RU', 'EG', 'disagree', { story: 's3' }),
      stated('EG', 'RU', 'agree', { story: 's4' }),
      stated('EG', 'RU', 'agree', { story: 's5' }, false),
      stated('EG', 'RU', 'unknown', { story: 's6' }),
      stated('EG', 'RU', 'agree', { story: 's7', issue: 'libya' }),
    ];
    const matrix = agreementMatrix({ positions: [position('EG', 'ceasefire', 1)], agreements, issue: 'syria' });
    expect(matrix.cells).toHaveLength(1);
    expect(matrix.cells[0]).toMatchObject({ a: 'EG', b: 'RU', sScore: null, kappa: null, articles: 6, stories: 5, positions: 1 });
    expect(matrix.cells[0]?.explicit).toEqual({ agree: 3, disagree: 2, share: 0.6 });
  });

  it('leaves out pairs where only one side has a position and nothing is stated', () => {
    const positions = [position('EG', 'ceasefire', 1), position('RU', 'ceasefire', 1), position('FR', 'sanctions', 1, { issue: 'libya' })];
    const matrix = agreementMatrix({ positions, agreements: [stated('FR', 'US', 'agree', { issue: 'libya' })], issue: 'syria' });
    expect(matrix.countries).toEqual(['EG', 'RU']);
    expect(matrix.cells.map((c) => [c.a, c.b, c.sScore])).toEqual([['EG', 'RU', 1]]);
  });

  it('shows only the countries asked for, with kappa still taken over every country', () => {
    // Over EG, RU, US, FR: E_political_solution = 2·(2·1·3)/4² = 0.75 (FR alone holds -1), E_ceasefire = 2·(1·3)/4² = 0.375.
    // EG-US: d_obs = 1·|1 - 0| = 1, d_exp = 2·0.75 + 1·0.375 = 1.875, κ = 1 - 1/1.875 = 7/15.
    // Over EG and US alone, d_exp would be 0.5 and κ -1.
    const positions = [
      ...['EG', 'RU', 'US'].map((country) => position(country, 'political_solution', 1)),
      position('FR', 'political_solution', -1),
      position('EG', 'ceasefire', 1),
    ];
    const full = agreementMatrix({ positions, agreements: [], issue: 'syria' });
    const narrow = agreementMatrix({ positions, agreements: [], issue: 'syria', countries: ['US', 'EG'] });
    expect(narrow.countries).toEqual(['EG', 'US']);
    expect(narrow.cells).toEqual(full.cells.filter((c) => c.a === 'EG' && c.b === 'US'));
    expect(narrow.cells[0]?.kappa).toBeCloseTo(7 / 15, 12);
  });

  it('lists evidence of both countries and of explicit statements, newest first, capped', () => {
    const positions = [
      position('EG', 'ceasefire', 1, { article: 'b', date: '2017-03-01' }),
      position('RU', 'ceasefire', 1, { article: 'a', date: '2017-03-01' }),
      position('RU', 'ceasefire', 1, { article: 'c', date: null }),
      position('RU', 'ceasefire', 1, { article: 'd', date: '2016-01-01' }),
    ];
    const agreements = [stated('EG', 'RU', 'agree', { article: 'e', date: '2017-04-01' })];
    const cell = agreementMatrix({ positions, agreements, issue: 'syria', evidenceLimit: 4 }).cells[0];
    expect(cell?.evidence.map((e) => [e.articleId, e.kind, e.country])).toEqual([
      ['e', 'agreement', null],
      ['a', 'position', 'RU'],
      ['b', 'position', 'EG'],
      ['d', 'position', 'RU'],
    ]);
    expect(cell?.evidence[1]).toEqual({
      articleId: 'a',
      start: 0,
      end: 18,
      text: 'RU backs ceasefire',
      country: 'RU',
      code: 'ceasefire',
      polarity: 1,
      kind: 'position',
    });
  });
});

describe('agreementMatrix with relations', () => {
  // IR states no position on Yemen, only whom it backs and blames; SA states both, AE positions only.
  const yemen = (story: string) => ({ story, issue: 'yemen' });
  const relations = [
    relation('IR', 'houthis', 1, yemen('i1')),
    relation('IR', 'SA', -1, yemen('i2')),
    relation('SA', 'houthis', -1, yemen('s1')),
    relation('SA', 'houthis', -1, yemen('s2')),
  ];
  const positions = [
    position('SA', 'ceasefire', 1, yemen('s1')),
    position('AE', 'ceasefire', 1, yemen('a1')),
    position('AE', 'political_solution', 1, yemen('a2')),
  ];

  it('gives a pair that only relations link a cell of its alignment, S and kappa null', () => {
    const matrix = agreementMatrix({ positions, agreements: [], relations, issue: 'yemen' });
    expect(matrix.countries).toEqual(['AE', 'IR', 'SA']);
    const irSa = matrix.cells.find((c) => c.a === 'IR' && c.b === 'SA')!;
    expect(irSa).toMatchObject({ sScore: null, kappa: null, articles: 4, stories: 4, positions: 1, explicit: { agree: 0, disagree: 0, share: null } });
    expect(irSa.alignment).toBeLessThan(0);
    expect(irSa.alignmentParts[0]!.evidence.length).toBeGreaterThan(0);
    expect(agreementMatrix({ positions, agreements: [], issue: 'yemen' }).cells.map((c) => `${c.a}-${c.b}`)).toEqual(['AE-SA']);
  });
});

describe('mostEvidenced', () => {
  it('keeps the countries with the most articles over their cells, ties by code, sorted by code', () => {
    const cell = (a: string, b: string, articles: number) => ({ a, b, articles }) as Parameters<typeof mostEvidenced>[0]['cells'][number];
    const cells = [cell('EG', 'RU', 5), cell('RU', 'US', 4), cell('FR', 'US', 1), cell('AR', 'BZ', 1)];
    // RU 9, then EG and US 5 each (EG first by code), then AR, BZ and FR 1 each.
    expect(mostEvidenced({ cells, count: 2 })).toEqual(['EG', 'RU']);
    expect(mostEvidenced({ cells, count: 4 })).toEqual(['AR', 'EG', 'RU', 'US']);
    expect(mostEvidenced({ cells: [], count: 3 })).toEqual([]);
  });

  it('counts only the cells where the chosen measure is defined', () => {
    const cell = (a: string, b: string, articles: number, alignment: number | null) =>
      ({ a, b, articles, alignment, sScore: 0.5, kappa: null }) as Parameters<typeof mostEvidenced>[0]['cells'][number];
    const cells = [cell('EG', 'RU', 9, null), cell('RU', 'US', 4, 0.2), cell('FR', 'US', 1, -0.4)];
    expect(mostEvidenced({ cells, count: 2 })).toEqual(['EG', 'RU']);
    expect(mostEvidenced({ cells, count: 2, measure: 'alignment' })).toEqual(['RU', 'US']);
    expect(mostEvidenced({ cells, count: 2, measure: 'kappa' })).toEqual([]);
  });
});
