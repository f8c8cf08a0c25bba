import { evidenceLimitOf } from './options.js';
import type { RecordSource, CorpusScope } from './scope.js';
import type { RelationCell, RelationMatrix, RelationRecord } from './types.js';

export interface RelationMatrixOptions {
  relations: RelationRecord[];
  issue: string;
  /** Only these stating countries; default every one with a relation on the issue. */
  sources?: string[];
  /** Only these targets (countries or actor ids); default every one. */
  targets?: string[];
  /** Only the `top` sources and the `top` targets with the most stories, on each axis not given. */
  top?: number;
  /** Evidence spans per cell, most recent first; default 20. */
  evidenceLimit?: number;
}

/**
 * Who backs and who blames whom on one issue: one cell per stating country and target, with the
 * stories backing and blaming, the net of the two, and the evidence. Stories count once however
 * many articles reprint them.
 *
 * @example
 * relationMatrix({ relations, issue: 'yemen' }).cells.find((c) => c.source === 'SA' && c.target === 'houthis');
 * // { source: 'SA', target: 'houthis', issue: 'yemen', backs: 0, blames: 12, net: -1, articles: 15, stories: 12, evidence: [...] }
 */
export function relationMatrix({ relations, issue, sources, targets, top, evidenceLimit }: RelationMatrixOptions): RelationMatrix {
  const limit = evidenceLimitOf(evidenceLimit);
  const tallies = new Map<string, Tally>();
  for (const r of relations) {
    if (r.issue !== issue) continue;
    const key = `${r.source}\u0000${r.target}`;
    let tally = tallies.get(key);
    if (!tally)
      tallies.set(
        key,
        (tally = { source: r.source, target: r.target, backs: new Set(), blames: new Set(), stories: new Set(), articles: new Set(), records: [] }),
      );
    (r.polarity === 1 ? tally.backs : tally.blames).add(r.storyId);
    tally.stories.add(r.storyId);
    tally.articles.add(r.articleId);
    tally.records.push(r);
  }
  const all = [...tallies.values()];
  const rows = sources?.length ? new Set(sources) : mostStories(all, (t) => t.source, top);
  const columns = targets?.length ? new Set(targets) : mostStories(all, (t) => t.target, top);
  const cells = all
    .filter((t) => (!rows || rows.has(t.source)) && (!columns || columns.has(t.target)))
    .sort((x, y) => compare(x.source, y.source) || compare(x.target, y.target))
    .map((t) => cellOf(t, issue, limit));
  return { issue, sources: distinct(cells.map((c) => c.source)), targets: distinct(cells.map((c) => c.target)), cells };
}

/**
 * One issue's relation matrix over a scope: the scope's `countries` are the stating countries shown.
 * The whole issue is read, so the read is the one an agreement matrix of the same scope makes.
 *
 * @example
 * await scopedRelationMatrix({ source: store, scope: { from: '2015-01-01' }, issue: 'yemen', top: 12, evidenceLimit: 1 });
 */
export async function scopedRelationMatrix(
  options: { source: Pick<RecordSource, 'relations'>; scope: CorpusScope; issue: string } & Omit<RelationMatrixOptions, 'relations' | 'issue' | 'sources'>,
): Promise<RelationMatrix> {
  const { source, scope, ...rest } = options;
  const { countries, ...wide } = scope;
  const relations = await source.relations({ ...wide, issue: options.issue });
  return relationMatrix({ ...rest, relations, ...(countries?.length ? { sources: countries } : {}) });
}

interface Tally {
  source: string;
  target: string;
  backs: Set<string>;
  blames: Set<string>;
  stories: Set<string>;
  articles: Set<string>;
  records: RelationRecord[];
}

function cellOf(t: Tally, issue: string, limit: number): RelationCell {
  const backs = t.backs.size;
  const blames = t.blames.size;
  const evidence = t.records
    .slice()
    .sort(newestFirst)
    .flatMap((r) => r.evidence.map((e) => ({ ...e, polarity: r.polarity })))
    .slice(0, limit);
  return {
    source: t.source,
    target: t.target,
    issue,
    backs,
    blames,
    net: round((backs - blames) / (backs + blames)),
    articles: t.articles.size,
    stories: t.stories.size,
    evidence,
  };
}

/** The `top` keys with the most stories over their cells (ties by key), or null for no cut. */
function mostStories(tallies: Tally[], keyOf: (t: Tally) => string, top: number | undefined): Set<string> | null {
  if (top === undefined) return null;
  const weight = new Map<string, number>();
  for (const t of tallies) weight.set(keyOf(t), (weight.get(keyOf(t)) ?? 0) + t.stories.size);
  return new Set(
    [...weight]
      .sort(([x, wx], [y, wy]) => wy - wx || compare(x, y))
      .slice(0, top)
      .map(([key]) => key),
  );
}

// Most recent first, undated last, then by article and place in it.
function newestFirst(x: RelationRecord, y: RelationRecord): number {
  if (x.date !== y.date) return x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1;
  return compare(x.articleId, y.articleId) || (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0);
}

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const distinct = (keys: string[]): string[] => [...new Set(keys)].sort(compare);
const round = (x: number): number => Math.round(x * 1000) / 1000;
