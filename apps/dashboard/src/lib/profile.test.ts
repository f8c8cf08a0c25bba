import { describe, expect, it } from 'vitest';
import { trendSeries } from './profile';
import type { CountryProfile } from './types';

const trend = (bucket: string, statements: number) => ({ bucket, statements, support: statements, oppose: 0 });

describe('trendSeries', () => {
  it('puts every year on the axis and counts a year without statements as 0', () => {
    const profile = {
      country: 'EG',
      issues: [
        { issue: 'syria', positions: [], trend: [trend('2011-01-01', 3), trend('2014-01-01', 1)] },
        { issue: 'yemen', positions: [], trend: [trend('2012-01-01', 2)] },
        { issue: 'libya', positions: [], trend: [] },
      ],
    } as unknown as CountryProfile;
    const { buckets, issues, series } = trendSeries(profile, (i) => i.toUpperCase(), 'year');
    expect(buckets).toEqual(['2011-01-01', '2012-01-01', '2013-01-01', '2014-01-01']);
    expect(issues).toEqual(['syria', 'yemen']);
    expect(series.map((s) => [s.label, s.data])).toEqual([
      ['SYRIA', [3, 0, 0, 1]],
      ['YEMEN', [0, 2, 0, 0]],
    ]);
  });
});
