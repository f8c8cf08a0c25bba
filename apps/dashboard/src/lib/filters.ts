/** The filters a view is shared by: they live in the URL's search parameters. */
import type { Bucket } from './types';

export const DEFAULT_ISSUE = 'syria';
const BUCKETS: Bucket[] = ['week', 'month', 'year'];

export interface Filters {
  issue: string;
  from: string;
  to: string;
  countries: string[];
  bucket: Bucket;
}

/**
 * Filters read from a URL, with defaults for what is missing or malformed.
 * @example readFilters(new URL('http://x/?issue=libya&countries=EG,ru')).countries // ['EG', 'RU']
 */
export function readFilters(url: URL): Filters {
  const params = url.searchParams;
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(key) ?? '') ? params.get(key)! : '');
  return {
    issue: params.get('issue') || DEFAULT_ISSUE,
    from: date('from'),
    to: date('to'),
    countries: (params.get('countries') ?? '')
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter((c) => /^[A-Z]{2}$/.test(c)),
    bucket: chosenBucket(url) ?? 'month',
  };
}

/**
 * The bucket the URL asks for, or null when it names none (or a malformed one).
 * @example chosenBucket(new URL('http://x/?bucket=year')) // 'year'
 */
export function chosenBucket(url: URL): Bucket | null {
  const bucket = url.searchParams.get('bucket') as Bucket;
  return BUCKETS.includes(bucket) ? bucket : null;
}

/**
 * The same URL with some parameters changed; empty values are removed.
 * @example withParams(new URL('http://x/?issue=syria'), { issue: 'yemen' }) // '/?issue=yemen'
 */
export function withParams(url: URL, changes: Record<string, string | string[] | null | undefined>, pathname = url.pathname): string {
  const params = new URLSearchParams(url.searchParams);
  for (const [key, value] of Object.entries(changes)) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    if (text) params.set(key, text);
    else params.delete(key);
  }
  const qs = params.toString();
  return `${pathname}${qs ? `?${qs}` : ''}`;
}

/** The query the API's corpus endpoints take for these filters. */
export function apiFilters(filters: Filters): { from: string; to: string; countries: string[] } {
  return { from: filters.from, to: filters.to, countries: filters.countries };
}

export const BUCKET_OPTIONS: Array<{ value: Bucket; label: string }> = BUCKETS.map((b) => ({ value: b, label: b }));
