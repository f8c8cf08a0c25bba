/** Bucket arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
import type { Bucket } from './types';

/** Why a timeline can be empty when the corpus is not. */
export const NO_DATES = 'Articles without a date cannot be placed on a timeline.';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The last day of the bucket that starts on `start` (weeks start on Monday, as the API's do).
 * @example bucketEnd('2017-02-01', 'month') // '2017-02-28'
 */
export function bucketEnd(start: string, bucket: Bucket): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 6);
  else if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  else date.setUTCFullYear(date.getUTCFullYear(), 11, 31);
  return iso(date);
}

/**
 * The part of a period that falls in one bucket: evidence behind a timeline point is read for it.
 * @example clampToBucket({ from: '', to: '2017-05-20' }, '2017-05-01', 'month') // { from: '2017-05-01', to: '2017-05-20' }
 */
export function clampToBucket(period: { from: string; to: string }, start: string, bucket: Bucket): { from: string; to: string } {
  const end = bucketEnd(start, bucket);
  return { from: period.from > start ? period.from : start, to: period.to && period.to < end ? period.to : end };
}

/**
 * A bucket's start as people read it.
 * @example bucketLabel('2017-05-01', 'month') // 'May 2017'
 */
export function bucketLabel(start: string, bucket: Bucket): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (bucket === 'year') return String(date.getUTCFullYear());
  if (bucket === 'month') return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `wk of ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;
}

/** More buckets than this are drawn as they come: a category axis of thousands of empty slots helps nobody. */
const MAX_FILLED = 1000;

/**
 * Every bucket from the first to the last of `starts`, empty ones included, so a category axis
 * spaces points as time does (no date adapter needed).
 * @example everyBucket(['2011-01-01', '2014-01-01'], 'year') // ['2011-01-01', '2012-01-01', '2013-01-01', '2014-01-01']
 */
export function everyBucket(starts: string[], bucket: Bucket): string[] {
  const sorted = [...new Set(starts)].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const out: string[] = [];
  const date = new Date(`${first}T00:00:00Z`);
  for (let start = first; start <= last; start = iso(date)) {
    if (out.length === MAX_FILLED) return sorted;
    out.push(start);
    if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 7);
    else if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCFullYear(date.getUTCFullYear() + 1);
  }
  return out;
}

/**
 * Data per the bucket the URL chose; else per year when it spans several years (the UN speeches
 * come once a year, so months would be mostly empty), else per month.
 * @example loadPerBucket(null, (bucket) => timeline(bucket), (t) => t.points.length)
 */
export function loadPerBucket<T>(chosen: Bucket | null, load: (bucket: Bucket) => Promise<T>, years: (yearly: T) => number): Promise<T> {
  if (chosen) return load(chosen);
  return load('year').then((yearly) => (years(yearly) >= 3 ? yearly : load('month')));
}
