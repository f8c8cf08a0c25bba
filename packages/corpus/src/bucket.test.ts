import { describe, expect, it } from 'vitest';
import { bucketOf } from './bucket.js';
import { CorpusError } from './error.js';

describe('bucketOf', () => {
  it('starts ISO weeks on Monday, across a year boundary', () => {
    expect(bucketOf({ date: '2020-12-28', bucket: 'week' })).toBe('2020-12-28');
    expect(bucketOf({ date: '2021-01-01', bucket: 'week' })).toBe('2020-12-28');
    expect(bucketOf({ date: '2021-01-03', bucket: 'week' })).toBe('2020-12-28');
    expect(bucketOf({ date: '2021-01-04', bucket: 'week' })).toBe('2021-01-04');
    expect(bucketOf({ date: '2025-01-01', bucket: 'week' })).toBe('2024-12-30');
  });

  it('starts months and years on their first day', () => {
    expect(bucketOf({ date: '2017-05-31', bucket: 'month' })).toBe('2017-05-01');
    expect(bucketOf({ date: '2017-05-31', bucket: 'year' })).toBe('2017-01-01');
  });

  it('rejects what is not a YYYY-MM-DD date, and unknown buckets', () => {
    for (const date of ['2021-02-30', '2021-1-5', '05/01/2017', '']) {
      expect(() => bucketOf({ date, bucket: 'week' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    }
    expect(() => bucketOf({ date: '2021-01-01', bucket: 'day' as 'week' })).toThrow(CorpusError);
  });
});
