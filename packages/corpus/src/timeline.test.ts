import { describe, expect, it } from 'vitest';
import { position, relation, stated } from './test-records.js';
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

  it('gives each point the alignment of its own bucket, relations included', () => {
    const year = (y: number, story: string) => ({ story, date: `${y}-06-01`, issue: 'yemen' });
    // 2015: SA and AE blame the Houthis, whom IR backs; 2016: AE backs them too.
    const relations = [
      ...['SA', 'AE'].flatMap((c) => [relation(c, 'houthis', -1, year(2015, `${c}1`)), relation(c, 'houthis', -1, year(2015, `${c}2`))]),
      relation('IR', 'houthis', 1, year(2015, 'IR1')),
      relation('IR', 'houthis', 1, year(2015, 'IR2')),
      relation('SA', 'houthis', -1, year(2016, 'SA3')),
      relation('SA', 'houthis', -1, year(2016, 'SA4')),
      relation('AE', 'houthis', 1, year(2016, 'AE3')),
      relation('AE', 'houthis', 1, year(2016, 'AE4')),
    ];
    const positions = ['SA', 'AE'].flatMap((c) => [2015, 2016].map((y) => position(c, 'political_solution', 1, year(y, `${c}p${y}`))));
    const points = pairTimeline({ positions, agreements: [], relations, a: 'SA', b: 'AE', issue: 'yemen', bucket: 'year' });
    expect(points.map((p) => p.bucket)).toEqual(['2015-01-01', '2016-01-01']);
    expect(points[0]!.cell.alignment).toBeGreaterThan(0);
    expect(points[1]!.cell.alignment).toBeLessThan(0);
    expect(points[1]!.cell.alignmentParts[0]).toMatchObject({ kind: 'relation', key: 'houthis', a: 1, b: -1 });
  });

  it('rejects a pair of one country and malformed dates', () => {
    expect(() => pairTimeline({ positions: [], agreements: [], a: 'EG', b: 'EG', issue: 'syria', bucket: 'year' })).toThrow(/two different countries/);
    const positions = [position('EG', 'ceasefire', 1, { date: '1 May 2017' })];
    expect(() => pairTimeline({ positions, agreements: [], a: 'EG', b: 'RU', issue: 'syria', bucket: 'year' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});
