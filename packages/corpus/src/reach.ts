import type { PositionRecord, RelationRecord } from './types.js';

/**
 * The articles and stories behind each country's positions and relations on one issue, gathered on
 * first demand: only the cells that relations alone make (see `_alignedCell`) count them this way.
 */
export class Reach {
  #byCountry: Map<string, { articles: Set<string>; stories: Set<string> }> | undefined;

  constructor(
    private readonly positions: PositionRecord[],
    private readonly relations: RelationRecord[],
    private readonly issue: string,
  ) {}

  /** Distinct articles and stories behind a's and b's records together. */
  of(a: string, b: string): { articles: number; stories: number } {
    const byCountry = (this.#byCountry ??= this.#gather());
    const x = byCountry.get(a);
    const y = byCountry.get(b);
    return { articles: unionSize(x?.articles, y?.articles), stories: unionSize(x?.stories, y?.stories) };
  }

  #gather(): Map<string, { articles: Set<string>; stories: Set<string> }> {
    const byCountry = new Map<string, { articles: Set<string>; stories: Set<string> }>();
    const note = (country: string, r: { articleId: string; storyId: string; issue: string }) => {
      if (r.issue !== this.issue) return;
      let entry = byCountry.get(country);
      if (!entry) byCountry.set(country, (entry = { articles: new Set(), stories: new Set() }));
      entry.articles.add(r.articleId);
      entry.stories.add(r.storyId);
    };
    for (const p of this.positions) note(p.country, p);
    for (const r of this.relations) note(r.source, r);
    return byCountry;
  }
}

function unionSize(x: Set<string> | undefined, y: Set<string> | undefined): number {
  if (!x || !y) return (x?.size ?? 0) + (y?.size ?? 0);
  let shared = 0;
  for (const id of x.size <= y.size ? x : y) if ((x.size <= y.size ? y : x).has(id)) shared++;
  return x.size + y.size - shared;
}
