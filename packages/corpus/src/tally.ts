import { idSetOf, Interner, type IdSet } from './bits.js';
import { evidenceList, NewestEvidence, rankEntries, type EvidenceList } from './evidence.js';
import type { AgreementRecord, PositionRecord } from './types.js';
import { _expectedDistances, newDenseVector, setCode, type DenseVector } from './vectors.js';

/** One country's positions on an issue. */
export interface CountryPositions {
  vector: DenseVector;
  /** Story-level (story, code, polarity) statements. */
  statements: number;
  articles: IdSet;
  stories: IdSet;
  evidence: EvidenceList;
}

/** Explicit agreement and difference statements of one pair on an issue, each counted once per story. */
export interface PairTally {
  agree: number;
  disagree: number;
  articles: number[];
  stories: number[];
  evidence: EvidenceList;
}

/** A country on the issue: with a position, named by an agreement record, or both. */
export interface CountryTally {
  positions: CountryPositions | null;
  /** The explicit statements with each partner; both sides hold the same tally. */
  partners: Map<CountryTally, PairTally>;
}

export interface IssueTally {
  countries: Map<string, CountryTally>;
  /** d_exp's E|X_c - Y_c| per code id, over every country with a position. */
  expected: Float64Array;
}

/** Articles, stories and codes numbered in order of first sight, so that pairs compare numbers. */
interface Ids {
  articles: Interner;
  stories: Interner;
  codes: Interner;
}

/**
 * Groups one issue's records by country and by pair in one pass over each list (records of other
 * issues are skipped); a story's repeated statement counts once.
 */
export function tallyIssue(positions: PositionRecord[], agreements: AgreementRecord[], issue: string, limit: number): IssueTally {
  const ids: Ids = { articles: new Interner(), stories: new Interner(), codes: new Interner() };
  const gathered = gatherCountries(positions, issue, ids, limit);
  const { pairs, named } = gatherPairs(agreements, issue, ids, limit);
  rankEntries([...gathered.values()].map((c) => c.evidence.entries));
  const countries = new Map<string, CountryTally>();
  const vectors: DenseVector[] = [];
  for (const [country, c] of gathered) {
    const vector = vectorOf(c.codes, ids.codes.size);
    vectors.push(vector);
    const own = {
      vector,
      statements: c.statements,
      articles: idSetOf(c.articles, ids.articles.size),
      stories: idSetOf(c.stories, ids.stories.size),
      evidence: evidenceList(c.evidence.entries),
    };
    countries.set(country, { positions: own, partners: new Map() });
  }
  for (const country of named) if (!countries.has(country)) countries.set(country, { positions: null, partners: new Map() });
  for (const p of pairs) {
    const pair: PairTally = {
      agree: p.agree.size,
      disagree: p.disagree.size,
      articles: [...p.articles],
      stories: [...p.stories],
      evidence: evidenceList(p.evidence.entries),
    };
    const a = countries.get(p.a)!;
    const b = countries.get(p.b)!;
    a.partners.set(b, pair);
    b.partners.set(a, pair);
  }
  return { countries, expected: _expectedDistances(vectors, ids.codes.size) };
}

/** A country's statements of one code, each (story, polarity) once. */
interface CodeTally {
  /** story·2 + 1 for +1, story·2 for -1. */
  seen: Set<number>;
  plus: number;
  minus: number;
  /** Stories stating the code either way; a story stating both is one story. */
  stating: number;
}

interface GatheredCountry {
  /** In the order first stated. */
  codes: Map<number, CodeTally>;
  statements: number;
  /** With repeats; bit arrays are sized once every article and story is numbered. */
  articles: number[];
  stories: number[];
  evidence: NewestEvidence;
}

function gatherCountries(positions: PositionRecord[], issue: string, ids: Ids, limit: number): Map<string, GatheredCountry> {
  const gathered = new Map<string, GatheredCountry>();
  for (const p of positions) {
    if (p.issue !== issue) continue;
    let c = gathered.get(p.country);
    if (!c) gathered.set(p.country, (c = { codes: new Map(), statements: 0, articles: [], stories: [], evidence: new NewestEvidence(limit) }));
    const story = ids.stories.id(p.storyId);
    c.articles.push(ids.articles.id(p.articleId));
    c.stories.push(story);
    for (const ref of p.evidence) c.evidence.add(p.date, ref, p);
    const id = ids.codes.id(p.code);
    let code = c.codes.get(id);
    if (!code) c.codes.set(id, (code = { seen: new Set(), plus: 0, minus: 0, stating: 0 }));
    const plus = p.polarity === 1 ? 1 : 0;
    if (code.seen.has(story * 2 + plus)) continue;
    code.seen.add(story * 2 + plus);
    if (plus) code.plus++;
    else code.minus++;
    if (!code.seen.has(story * 2 + 1 - plus)) code.stating++;
    c.statements++;
  }
  return gathered;
}

// x_c = (stories stating +1 - stories stating -1) / stories stating c.
function vectorOf(codes: GatheredCountry['codes'], size: number): DenseVector {
  const vector = newDenseVector(size);
  codes.forEach((c, code) => setCode(vector, code, (c.plus - c.minus) / c.stating, c.plus + c.minus));
  return vector;
}

interface GatheredPair {
  /** a < b */
  a: string;
  b: string;
  agree: Set<number>;
  disagree: Set<number>;
  articles: Set<number>;
  stories: Set<number>;
  evidence: NewestEvidence;
}

function gatherPairs(agreements: AgreementRecord[], issue: string, ids: Ids, limit: number): { pairs: GatheredPair[]; named: Set<string> } {
  const pairs = new Map<string, GatheredPair>();
  const named = new Set<string>();
  for (const r of agreements) {
    if (r.issue !== issue) continue;
    named.add(r.a).add(r.b);
    // Only what the text states counts; an 'unknown' statement states nothing.
    if (!r.explicit || r.label === 'unknown' || r.a === r.b) continue;
    const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const key = `${a} ${b}`;
    let pair = pairs.get(key);
    if (!pair)
      pairs.set(key, (pair = { a, b, agree: new Set(), disagree: new Set(), articles: new Set(), stories: new Set(), evidence: new NewestEvidence(limit) }));
    const story = ids.stories.id(r.storyId);
    if (r.label !== 'disagree') pair.agree.add(story);
    if (r.label !== 'agree') pair.disagree.add(story);
    pair.articles.add(ids.articles.id(r.articleId));
    pair.stories.add(story);
    for (const ref of r.evidence) pair.evidence.add(r.date, ref, null);
  }
  return { pairs: [...pairs.values()], named };
}
