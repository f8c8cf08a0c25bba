import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketLabel, clampToBucket } from './dates';

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
