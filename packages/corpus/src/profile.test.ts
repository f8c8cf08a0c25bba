import { describe, expect, it } from 'vitest';
import { countryProfile } from './profile.js';
import { position } from './test-records.js';

describe('countryProfile', () => {
  const positions = [
    // One story printed by three articles, then a second story a year later.
    ...['a1', 'a2', 'a3'].map((article, i) => position('EG', 'political_solution', 1, { article, story: 's1', date: `2017-05-0${i + 1}` })),
    position('EG', 'political_solution', 1, { article: 'a4', story: 's2', date: '2018-02-10' }),
    position('EG', 'military_action', -1, { article: 'a4', story: 's2', date: '2018-02-10' }),
    position('EG', 'military_action', -1, { article: 'a5', date: null }),
    position('EG', 'sanctions', 1, { issue: 'libya', date: '2018-06-01' }),
    position('RU', 'political_solution', 1),
  ];

  it('counts stories and articles per code and polarity, with first and last date', () => {
    const profile = countryProfile({ positions, country: 'EG' });
    expect(profile.issues.map((i) => i.issue)).toEqual(['libya', 'syria']);
    expect(profile.issues[1]?.positions).toEqual([
      { code: 'political_solution', polarity: 1, stories: 2, articles: 4, first: '2017-05-01', last: '2018-02-10' },
      { code: 'military_action', polarity: -1, stories: 2, articles: 2, first: '2018-02-10', last: '2018-02-10' },
    ]);
  });

  it('trends story-level statements per bucket, leaving undated ones out', () => {
    const syria = countryProfile({ positions, country: 'EG' }).issues[1];
    expect(syria?.trend).toEqual([
      { bucket: '2017-01-01', statements: 1, support: 1, oppose: 0 },
      { bucket: '2018-01-01', statements: 2, support: 1, oppose: 1 },
    ]);
    const monthly = countryProfile({ positions, country: 'EG', bucket: 'month' }).issues[1];
    expect(monthly?.trend.map((t) => t.bucket)).toEqual(['2017-05-01', '2018-02-01']);
  });

  it('is empty for a country with no positions', () => {
    expect(countryProfile({ positions, country: 'FR' })).toEqual({ country: 'FR', issues: [] });
  });
});
