import { describe, expect, it } from 'vitest';
import { position, stated } from './test-records.js';
import { pairTimeline } from './timeline.js';

describe('pairTimeline', () => {
  it('gives one point per ISO week with evidence, oldest first, weeks starting Monday', () => {
    const positions = [
      position('EG', 'ceasefire', 1, { date: '2021-01-05' }),
      position('RU', 'ceasefire', -1, { date: '2021-01-06' }),
      // Wednesday and Saturday of the week that starts on Monday 2020-12-28.
      position('EG', 'ceasefire', 1, { date: '2020-12-30' }),
      position('RU', 'ceasefire', 1, { date: '2021-01-02' }),
      // Only EG speaks in this week, and the undated record belongs to no week.
      position('EG', 'ceasefire', 1, { date: '2021-01-12' }),
      position('RU', 'ceasefire', 1, { date: null }),
    ];
    const points = pairTimeline({ positions, agreements: [], a: 'RU', b: 'EG', issue: 'syria', bucket: 'week' });
    expect(points.map((p) => [p.bucket, p.cell.a, p.cell.b, p.cell.sScore])).toEqual([
      ['2020-12-28', 'EG', 'RU', 1],
      ['2021-01-04', 'EG', 'RU', -1],
    ]);
  });

  it('keeps a bucket with only an explicit statement, and dates a story by its first printing', () => {
    const agreements = [
      stated('EG', 'RU', 'agree', { story: 's1', article: 'x1', date: '2017-03-30' }),
      stated('EG', 'RU', 'agree', { story: 's1', article: 'x2', date: '2017-04-02' }),
    ];
    const points = pairTimeline({ positions: [], agreements, a: 'EG', b: 'RU', issue: 'syria', bucket: 'month' });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ bucket: '2017-03-01', cell: { articles: 2, stories: 1, explicit: { agree: 1, disagree: 0, share: 1 } } });
  });

  it('rejects a pair of one country and malformed dates', () => {
    expect(() => pairTimeline({ positions: [], agreements: [], a: 'EG', b: 'EG', issue: 'syria', bucket: 'year' })).toThrow(/two different countries/);
    const positions = [position('EG', 'ceasefire', 1, { date: '1 May 2017' })];
    expect(() => pairTimeline({ positions, agreements: [], a: 'EG', b: 'RU', issue: 'syria', bucket: 'year' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
