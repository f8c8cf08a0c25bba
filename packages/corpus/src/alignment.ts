import type { Alignment, AlignmentPart, EvidenceRef, PositionRecord, RelationRecord } from './types.js';

/** w = n / (n + SATURATION) for n stories: one story gives half weight, four give 0.8. */
const SATURATION = 1;
/** Added to the product of two profiles' norms: thin profiles read near 0 rather than at ±1. */
const SHRINK = 0.5;
/** Positions count half as much as relations: who backs whom splits states more than what they say they want. */
const POSITION_WEIGHT = 0.5;
/** Stories on the issue a country needs before it is scored at all. */
const MIN_STORIES = 2;

export interface AlignmentOptions {
  positions: PositionRecord[];
  relations: RelationRecord[];
  issue: string;
  /** Parts kept per pair, largest contributions first; default 8. */
  partsLimit?: number;
  /** Evidence spans kept per part and country; default 2. */
  evidencePerSide?: number;
}

/** One country's side on one feature: its mean polarity over the stories that state it. */
interface Side {
  value: number;
  stories: number;
  /** Its newest statements while gathering; then emptied. */
  newest: Array<PositionRecord | RelationRecord>;
  /** Its newest evidence, shared read-only by every part that shows this side. */
  evidence: Array<EvidenceRef & { country: string }>;
}

interface Feature {
  kind: AlignmentPart['kind'];
  key: string;
  sides: Map<string, Side>;
  mean: number;
  /** The feature's weight: POSITION_WEIGHT for codes, and less for what few countries state. */
  weight: number;
}

/**
 * Alignment of every pair of countries active on one issue: how far their profiles depart from the
 * common line in the same direction. A profile is each country's side on every relation target
 * (countries, itself included, and actors: whom it backs, whom it blames) and on every position code;
 * the common line is the mean side over every active country. A platitude every state repeats, or a
 * group every state condemns, departs from nothing and weighs nothing; backing whom most condemn, or
 * condemning whom most back, departs a lot. Silence says nothing: it reads at the line. The score is
 * the correlation of the two profiles' departures, shrunk toward 0 for thin profiles; it is the sum of
 * one part per feature, each with its evidence.
 *
 * @example
 * alignmentScores({ positions, relations, issue: 'yemen' }).get('AE|SA')?.score; // 0.62
 */
export function alignmentScores({ positions, relations, issue, partsLimit = 8, evidencePerSide = 2 }: AlignmentOptions): Map<string, Alignment> {
  const stories = new Map<string, Set<string>>();
  const note = (country: string, story: string) => (stories.get(country) ?? stories.set(country, new Set()).get(country)!).add(story);
  const rel = relations.filter((r) => r.issue === issue);
  const pos = positions.filter((p) => p.issue === issue);
  for (const r of rel) note(r.source, r.storyId);
  for (const p of pos) note(p.country, p.storyId);
  const active = [...stories]
    .filter(([, s]) => s.size >= MIN_STORIES)
    .map(([c]) => c)
    .sort();
  if (active.length < 2) return new Map();
  const speaks = new Set(active);
  const features = [
    ...featuresOf(
      'relation',
      rel,
      (r) => r.source,
      (r) => r.target,
      1,
      evidencePerSide,
    ),
    ...featuresOf(
      'position',
      pos,
      (p) => p.country,
      (p) => p.code,
      POSITION_WEIGHT,
      evidencePerSide,
    ),
  ];
  // Each country backs itself: "A condemns B" departs from B's own side even when B says nothing.
  for (const f of features)
    if (f.kind === 'relation' && speaks.has(f.key) && !f.sides.has(f.key)) f.sides.set(f.key, { value: 1, stories: 1, newest: [], evidence: [] });
  const profiles = new Map(active.map((c) => [c, new Float64Array(features.length)]));
  features.forEach((f, i) => {
    // The common line: the mean side over every active country, silence counting 0.
    const plain = active.reduce((s, c) => s + Math.sign(f.sides.get(c)?.value ?? 0), 0) / active.length;
    f.mean = plain;
    active.forEach((c) => {
      const side = f.sides.get(c);
      // Stated: the side it takes (its dominant polarity), trusted as far as its stories go; silence says
      // nothing and reads at the line.
      profiles.get(c)![i] = side ? (side.stories / (side.stories + SATURATION)) * (Math.sign(side.value) - plain) : 0;
    });
    f.weight *= Math.min(1, f.sides.size / 3);
  });
  const norms = new Map(active.map((c) => [c, Math.sqrt(profiles.get(c)!.reduce((s, z, i) => s + features[i]!.weight * z * z, 0))]));
  // Profiles are sparse (a country states few of the issue's targets and codes): each pair multiplies
  // only the features both state, in feature order, so the sums and parts are those of the full product.
  const sparse = new Map(active.map((c) => [c, sparseOf(profiles.get(c)!)]));
  return pairScores(active, sparse, norms, features, (c) => stories.get(c)!.size, partsLimit);
}

/** Every pair's score and parts: the sum of its weighted products over the features both state, over the two norms and SHRINK. */
function pairScores(
  active: string[],
  sparse: Map<string, { index: Int32Array; value: Float64Array }>,
  norms: Map<string, number>,
  features: Feature[],
  storiesOf: (country: string) => number,
  partsLimit: number,
): Map<string, Alignment> {
  const weights = Float64Array.from(features, (f) => f.weight);
  const out = new Map<string, Alignment>();
  const at = new Int32Array(features.length);
  const terms = new Float64Array(features.length);
  for (let x = 0; x < active.length; x++) {
    const a = active[x]!;
    const sa = sparse.get(a)!;
    for (let y = x + 1; y < active.length; y++) {
      const b = active[y]!;
      const sb = sparse.get(b)!;
      if (norms.get(a)! === 0 || norms.get(b)! === 0) continue;
      const norm = norms.get(a)! * norms.get(b)! + SHRINK;
      let sum = 0;
      let n = 0;
      for (let p = 0, q = 0; p < sa.index.length && q < sb.index.length; ) {
        const i = sa.index[p]!;
        const j = sb.index[q]!;
        if (i < j) p++;
        else if (j < i) q++;
        else {
          const t = (weights[i]! * sa.value[p++]! * sb.value[q++]!) / norm;
          if (t === 0) continue;
          at[n] = i;
          sum += terms[n++] = t;
        }
      }
      out.set(`${a}|${b}`, {
        score: round(sum),
        stories: storiesOf(a) + storiesOf(b),
        parts: largest(terms, n, partsLimit).map((k) => partOf(features[at[k]!]!, a, b, terms[k]!)),
      });
    }
  }
  return out;
}

/** The indices of the `k` largest |terms| among the first `n` that are not 0, largest first (k is small: a selection, not a sort). */
function largest(terms: Float64Array, n: number, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = Math.abs(terms[i]!);
    if (t === 0 || (top.length === k && t <= Math.abs(terms[top[k - 1]!]!))) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && Math.abs(terms[top[at - 1]!]!) < t) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The features a profile states: their indices in order and their values. */
function sparseOf(profile: Float64Array): { index: Int32Array; value: Float64Array } {
  let n = 0;
  for (const z of profile) if (z !== 0) n++;
  const index = new Int32Array(n);
  const value = new Float64Array(n);
  n = 0;
  profile.forEach((z, i) => {
    if (z === 0) return;
    index[n] = i;
    value[n++] = z;
  });
  return { index, value };
}

function partOf(f: Feature, a: string, b: string, contribution: number): AlignmentPart {
  const sa = f.sides.get(a);
  const sb = f.sides.get(b);
  return {
    kind: f.kind,
    key: f.key,
    a: round(sa?.value ?? 0),
    b: round(sb?.value ?? 0),
    mean: round(f.mean),
    contribution: round(contribution),
    evidence: [...(sa?.evidence ?? []), ...(sb?.evidence ?? [])],
  };
}

/** Per key (target or code), each holder's side: story-level, a story stating both sides counts 0. */
// Records are read through accessors, never copied: a spread-built copy of 50k records is ~20x slower to read.
function featuresOf<R extends PositionRecord | RelationRecord>(
  kind: Feature['kind'],
  records: R[],
  holderOf: (r: R) => string,
  keyOf: (r: R) => string,
  weight: number,
  evidenceLimit: number,
): Feature[] {
  const features = new Map<string, Feature>();
  const stated = new Map<Side, Map<string, number>>();
  for (const r of records) {
    const key = keyOf(r);
    const holder = holderOf(r);
    const f = features.get(key) ?? features.set(key, { kind, key, sides: new Map(), mean: 0, weight }).get(key)!;
    let side = f.sides.get(holder);
    if (!side) f.sides.set(holder, (side = { value: 0, stories: 0, newest: [], evidence: [] }));
    let byStory = stated.get(side);
    if (!byStory) stated.set(side, (byStory = new Map()));
    byStory.set(r.storyId, (byStory.get(r.storyId) ?? 0) | (r.polarity === 1 ? 1 : 2));
    keepNewest(side.newest, r, evidenceLimit);
  }
  for (const f of features.values()) {
    for (const [holder, side] of f.sides) {
      const byStory = stated.get(side)!;
      let sum = 0;
      for (const bits of byStory.values()) sum += bits === 1 ? 1 : bits === 2 ? -1 : 0;
      side.value = sum / byStory.size;
      side.stories = byStory.size;
      side.evidence = side.newest.flatMap((r) => r.evidence.slice(0, 1).map((e) => ({ ...e, country: holder })));
      side.newest = [];
    }
  }
  return [...features.values()].sort((x, y) => (x.key < y.key ? -1 : 1));
}

/** Keeps `list` the `limit` newest records (undated last), in one comparison for most records. */
function keepNewest(list: Array<PositionRecord | RelationRecord>, r: PositionRecord | RelationRecord, limit: number): void {
  if (limit === 0) return;
  if (list.length === limit && newestFirst(r, list[limit - 1]!) >= 0) return;
  let at = list.length;
  while (at > 0 && newestFirst(r, list[at - 1]!) < 0) at--;
  list.splice(at, 0, r);
  if (list.length > limit) list.pop();
}

function newestFirst(x: { date: string | null }, y: { date: string | null }): number {
  return x.date === y.date ? 0 : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
