import { CorpusError } from './error.js';
import type { Bucket } from './types.js';

const DAY_MS = 86_400_000;
const BUCKETS: ReadonlySet<string> = new Set<Bucket>(['week', 'month', 'year']);

/**
 * The start of the bucket a date falls in, as YYYY-MM-DD: the Monday of its ISO week, the first of
 * its month or of its year. Throws `invalid_date` for anything but a real YYYY-MM-DD date.
 *
 * @example
 * bucketOf({ date: '2021-01-01', bucket: 'week' }); // '2020-12-28', a Friday's week starts in the old year
 * bucketOf({ date: '2021-01-01', bucket: 'month' }); // '2021-01-01'
 */
export function bucketOf({ date, bucket }: { date: string; bucket: Bucket }): string {
  if (!BUCKETS.has(bucket)) throw new CorpusError('invalid_bucket', `Unknown bucket ${JSON.stringify(bucket)}: use 'week', 'month' or 'year'.`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (day === null) throw new CorpusError('invalid_date', `${JSON.stringify(date)} is not a date: write it as YYYY-MM-DD.`);
  if (bucket === 'year') return `${date.slice(0, 4)}-01-01`;
  if (bucket === 'month') return `${date.slice(0, 7)}-01`;
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real day written YYYY-MM-DD (2021-02-30 is not). */
export function _isDay(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match !== null && utcDay(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

// setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written; the round trip rejects 2021-02-30.
function utcDay(year: number, month: number, day: number): Date | null {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/**
 * The bucket of every dated story: a story is dated by its earliest dated record, so a wire story
 * reprinted the next week still counts once, in the week it broke. Undated records are left out.
 */
export function _storyBuckets(records: Iterable<{ storyId: string; date: string | null }>, bucket: Bucket): Map<string, string> {
  const startOf = new Map<string, string>();
  const earliest = new Map<string, string>();
  for (const { storyId, date } of records) {
    if (date === null) continue;
    // Every distinct date is checked, not only the earliest: a malformed one is an upstream bug to report.
    if (!startOf.has(date)) startOf.set(date, checkedBucket(date, bucket, storyId));
    const seen = earliest.get(storyId);
    if (seen === undefined || date < seen) earliest.set(storyId, date);
  }
  const buckets = new Map<string, string>();
  for (const [story, date] of earliest) buckets.set(story, startOf.get(date)!);
  return buckets;
}

function checkedBucket(date: string, bucket: Bucket, story: string): string {
  try {
    return bucketOf({ date, bucket });
  } catch (cause) {
    if (!(cause instanceof CorpusError) || cause.code !== 'invalid_date') throw cause;
    throw new CorpusError('invalid_date', `Story ${story} has the date ${JSON.stringify(date)}: records need YYYY-MM-DD or null.`, { cause });
  }
}
