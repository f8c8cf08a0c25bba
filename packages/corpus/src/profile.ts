import { _storyBuckets } from './bucket.js';
import type { Bucket, CountryProfile, PositionRecord, ProfileEntry } from './types.js';

export interface CountryProfileOptions {
  positions: PositionRecord[];
  country: string;
  /** Trend buckets; default 'year'. */
  bucket?: Bucket;
}

type IssueProfile = CountryProfile['issues'][number];
type TrendPoint = IssueProfile['trend'][number];

/**
 * What one country says, per issue: each code and polarity with the stories and articles stating
 * it and its first and last date, most stated first; and story-level statements per bucket
 * (a story counted in the bucket of its earliest dated record). Issues come in alphabetical order.
 *
 * @example
 * countryProfile({ positions, country: 'EG' }).issues[0];
 * // { issue: 'libya', positions: [{ code: 'political_solution', polarity: 1, stories: 12, articles: 30,
 * //   first: '2017-01-04', last: '2017-12-28' }], trend: [{ bucket: '2017-01-01', statements: 14, support: 13, oppose: 1 }] }
 */
export function countryProfile({ positions, country, bucket = 'year' }: CountryProfileOptions): CountryProfile {
  const own = positions.filter((p) => p.country === country);
  const storyBucket = _storyBuckets(own, bucket);
  const issues = new Map<string, { entries: Map<string, EntryTally>; trend: Map<string, TrendPoint> }>();
  const seen = new Set<string>();
  for (const p of own) {
    let issue = issues.get(p.issue);
    if (!issue) issues.set(p.issue, (issue = { entries: new Map(), trend: new Map() }));
    const key = `${p.code}\u0000${p.polarity}`;
    let entry = issue.entries.get(key);
    if (!entry) issue.entries.set(key, (entry = { code: p.code, polarity: p.polarity, stories: new Set(), articles: new Set(), first: null, last: null }));
    entry.stories.add(p.storyId);
    entry.articles.add(p.articleId);
    if (p.date !== null && (entry.first === null || p.date < entry.first)) entry.first = p.date;
    if (p.date !== null && (entry.last === null || p.date > entry.last)) entry.last = p.date;
    const start = storyBucket.get(p.storyId);
    const statement = `${p.issue}\u0000${key}\u0000${p.storyId}`;
    if (start === undefined || p.date === null || seen.has(statement)) continue;
    seen.add(statement);
    let point = issue.trend.get(start);
    if (!point) issue.trend.set(start, (point = { bucket: start, statements: 0, support: 0, oppose: 0 }));
    point.statements++;
    if (p.polarity === 1) point.support++;
    else point.oppose++;
  }
  return {
    country,
    issues: [...issues.keys()].sort().map((issue): IssueProfile => {
      const { entries, trend } = issues.get(issue)!;
      return {
        issue,
        positions: [...entries.values()].map(toEntry).sort(byStatedMost),
        trend: [...trend.values()].sort((x, y) => (x.bucket < y.bucket ? -1 : 1)),
      };
    }),
  };
}

interface EntryTally extends Omit<ProfileEntry, 'stories' | 'articles'> {
  stories: Set<string>;
  articles: Set<string>;
}

const toEntry = (e: EntryTally): ProfileEntry => ({ ...e, stories: e.stories.size, articles: e.articles.size });

const byStatedMost = (x: ProfileEntry, y: ProfileEntry): number =>
  y.stories - x.stories || y.articles - x.articles || (x.code < y.code ? -1 : x.code > y.code ? 1 : y.polarity - x.polarity);
