import { alignmentScores } from './alignment.js';
import { _storyBuckets } from './bucket.js';
import { CorpusError } from './error.js';
import { evidenceLimitOf } from './options.js';
import { _pairCell } from './matrix.js';
import { Reach } from './reach.js';
import { tallyIssue } from './tally.js';
import type { AgreementRecord, Bucket, PositionRecord, RelationRecord, TimelinePoint } from './types.js';

export interface PairTimelineOptions {
  positions: PositionRecord[];
  agreements: AgreementRecord[];
  /** Who backs and blames whom; without them a point's alignment rests on positions alone. */
  relations?: RelationRecord[];
  /** The two countries, in either order. */
  a: string;
  b: string;
  issue: string;
  bucket: Bucket;
  /** Evidence items per point; default 20. */
  evidenceLimit?: number;
}

/**
 * The pair's agreement cell per week (from Monday), month or year, oldest first. Each bucket is
 * read on its own, kappa's chance and alignment's common line included; buckets with no evidence for
 * the pair are left out, and so are undated records. A story falls in the bucket of its earliest dated record.
 *
 * @example
 * pairTimeline({ positions, agreements, a: 'RU', b: 'EG', issue: 'syria', bucket: 'month' });
 * // [{ bucket: '2017-04-01', cell: { a: 'EG', b: 'RU', sScore: 0.5, ... } }, { bucket: '2017-05-01', ... }]
 */
export function pairTimeline({ positions, agreements, relations = [], a, b, issue, bucket, evidenceLimit }: PairTimelineOptions): TimelinePoint[] {
  if (a === b) throw new CorpusError('invalid_input', `A timeline needs two different countries, not ${a} twice.`);
  const limit = evidenceLimitOf(evidenceLimit);
  const onIssue = positions.filter((p) => p.issue === issue && p.date !== null);
  const stated = agreements.filter((r) => r.issue === issue && r.date !== null);
  const related = relations.filter((r) => r.issue === issue && r.date !== null);
  const storyBucket = _storyBuckets([...onIssue, ...stated, ...related], bucket);
  const byBucket = new Map<string, { positions: PositionRecord[]; agreements: AgreementRecord[]; relations: RelationRecord[] }>();
  const groupOf = (story: string) => {
    const start = storyBucket.get(story)!;
    let group = byBucket.get(start);
    if (!group) byBucket.set(start, (group = { positions: [], agreements: [], relations: [] }));
    return group;
  };
  for (const p of onIssue) groupOf(p.storyId).positions.push(p);
  for (const r of stated) groupOf(r.storyId).agreements.push(r);
  for (const r of related) groupOf(r.storyId).relations.push(r);
  const [first, second] = a < b ? [a, b] : [b, a];
  const points: TimelinePoint[] = [];
  for (const start of [...byBucket.keys()].sort()) {
    const { positions: p, agreements: g, relations: r } = byBucket.get(start)!;
    const tally = tallyIssue(p, g, issue, limit);
    const alignment = alignmentScores({ positions: p, relations: r, issue, evidencePerSide: Math.min(limit, 2) });
    const cell = _pairCell(
      { tally, alignment, reach: new Reach(p, r, issue), issue, limit },
      first,
      tally.countries.get(first),
      second,
      tally.countries.get(second),
    );
    if (cell) points.push({ bucket: start, cell });
  }
  return points;
}
