/** Reading a country profile into chart series. */
import type { Series } from './components/SeriesChart.svelte';
import { everyBucket } from './dates';
import type { Bucket, CountryProfile, Partner, Polarity } from './types';

export interface PositionKey {
  code: string;
  polarity: Polarity;
}

const SUPPORT_SHADES = ['#08306b', '#2166ac', '#4393c3', '#6baed6', '#9ecae1', '#c6dbef'];
const OPPOSE_SHADES = ['#67000d', '#b2182b', '#d6604d', '#f4a582', '#fcbba1', '#fddbc7'];
const ISSUE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/**
 * One stacked series per (code, polarity): support stacks upward in blues, opposition downward in reds.
 * @example positionSeries(profile, codeLabel).series[0] // { label: 'ceasefire (supports)', data: [2, 0, ...], ... }
 */
export function positionSeries(profile: CountryProfile, labelOf: (code: string) => string): { keys: PositionKey[]; series: Series[] } {
  const keys: PositionKey[] = [];
  for (const issue of profile.issues) {
    for (const p of issue.positions) {
      if (!keys.some((k) => k.code === p.code && k.polarity === p.polarity)) keys.push({ code: p.code, polarity: p.polarity });
    }
  }
  keys.sort((x, y) => y.polarity - x.polarity || x.code.localeCompare(y.code));
  let support = 0;
  let oppose = 0;
  const series = keys.map((key) => ({
    label: `${labelOf(key.code)} (${key.polarity === 1 ? 'supports' : 'opposes'})`,
    stack: 'positions',
    color: key.polarity === 1 ? SUPPORT_SHADES[support++ % SUPPORT_SHADES.length]! : OPPOSE_SHADES[oppose++ % OPPOSE_SHADES.length]!,
    data: profile.issues.map((issue) => {
      const entry = issue.positions.find((p) => p.code === key.code && p.polarity === key.polarity);
      return entry ? entry.stories * key.polarity : null;
    }),
  }));
  return { keys, series };
}

/**
 * Statements per bucket, one line per issue, over every bucket from the first to the last (empty
 * ones are gaps, so points sit where their time is).
 * @example trendSeries(profile, issueLabel, 'month').buckets // ['2017-01-01', '2017-02-01', '2017-03-01']
 */
export function trendSeries(
  profile: CountryProfile,
  labelOf: (issue: string) => string,
  bucket: Bucket,
): { buckets: string[]; issues: string[]; series: Series[] } {
  const buckets = everyBucket(
    profile.issues.flatMap((i) => i.trend.map((t) => t.bucket)),
    bucket,
  );
  const withTrend = profile.issues.filter((i) => i.trend.length > 0);
  const series = withTrend.map((issue, index) => ({
    label: labelOf(issue.issue),
    color: ISSUE_COLORS[index % ISSUE_COLORS.length]!,
    // A count: a bucket with no statement on the issue is 0, not a gap to draw a line across.
    data: buckets.map((b) => issue.trend.find((t) => t.bucket === b)?.statements ?? 0),
  }));
  return { buckets, issues: withTrend.map((i) => i.issue), series };
}

/** The closest and furthest partners on one issue; none for an issue the profile does not hold. */
export function partnersOf(profile: CountryProfile, issue: string): { closest: Partner[]; furthest: Partner[] } {
  const entry = profile.issues.find((i) => i.issue === issue);
  return { closest: entry?.closest ?? [], furthest: entry?.furthest ?? [] };
}
