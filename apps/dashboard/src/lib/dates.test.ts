import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketLabel, clampToBucket, everyBucket } from './dates';

describe('bucketEnd', () => {
  it('ends a month on its last day, leap years included', () => {
    expect(bucketEnd('2017-02-01', 'month')).toBe('2017-02-28');
    expect(bucketEnd('2016-02-01', 'month')).toBe('2016-02-29');
    expect(bucketEnd('2017-12-01', 'month')).toBe('2017-12-31');
  });

  it('ends a week six days after its Monday and a year on 31 December', () => {
    expect(bucketEnd('2017-12-25', 'week')).toBe('2017-12-31');
    expect(bucketEnd('2017-01-01', 'year')).toBe('2017-12-31');
  });
});

describe('clampToBucket', () => {
  it('keeps the part of the chosen period inside the bucket', () => {
    expect(clampToBucket({ from: '', to: '' }, '2017-05-01', 'month')).toEqual({ from: '2017-05-01', to: '2017-05-31' });
    expect(clampToBucket({ from: '2017-05-10', to: '2017-05-20' }, '2017-05-01', 'month')).toEqual({ from: '2017-05-10', to: '2017-05-20' });
  });
});

describe('bucketLabel', () => {
  it('names months and years as people read them', () => {
    expect(bucketLabel('2017-05-01', 'month')).toBe('May 2017');
    expect(bucketLabel('2017-01-01', 'year')).toBe('2017');
  });
});

describe('everyBucket', () => {
  it('fills the empty buckets between the first and the last, so points sit where their time is', () => {
    expect(everyBucket(['2014-01-01', '2011-01-01', '2011-01-01'], 'year')).toEqual(['2011-01-01', '2012-01-01', '2013-01-01', '2014-01-01']);
    expect(everyBucket(['2015-11-01', '2016-02-01'], 'month')).toEqual(['2015-11-01', '2015-12-01', '2016-01-01', '2016-02-01']);
    expect(everyBucket(['2017-12-25', '2018-01-08'], 'week')).toEqual(['2017-12-25', '2018-01-01', '2018-01-08']);
    expect(everyBucket([], 'month')).toEqual([]);
  });

  it('keeps only the given buckets when filling would make thousands of slots', () => {
    expect(everyBucket(['1990-01-01', '2024-01-01'], 'week')).toEqual(['1990-01-01', '2024-01-01']);
  });
});
