import { addBit, Interner, newBits, type Bits } from './bits.js';
import { NewestEvidence } from './evidence.js';
import type { AgreementRecord, PositionRecord } from './types.js';
import { _expectedDistances, type ExpectedDistances, type PositionVector } from './vectors.js';

/** One country's positions on an issue, gathered in one pass. */
export interface CountryTally {
  /** Per code, the stories stating it with +1 and with -1. */
  codes: Map<string, { plus: Set<number>; minus: Set<number> }>;
  /** Story-level (story, code, polarity) statements. */
  statements: number;
  articles: Bits;
  stories: Bits;
  evidence: NewestEvidence;
}

/** Explicit agreement and difference statements of one pair on an issue. */
export interface PairTally {
  agree: Set<number>;
  disagree: Set<number>;
  articles: Set<number>;
  stories: Set<number>;
  evidence: NewestEvidence;
}

export interface IssueTally {
  countries: Map<string, CountryTally>;
  vectors: Map<string, PositionVector>;
  /** Keyed by `pairKey(a, b)`. */
  pairs: Map<string, PairTally>;
  /** Countries named by any agreement record on the issue, stated or not. */
  named: Set<string>;
  expected: ExpectedDistances;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Groups one issue's records by country and by pair in one pass over each list (records of other
 * issues are skipped); a story's repeated statement counts once.
 */
export function tallyIssue(positions: PositionRecord[], agreements: AgreementRecord[], issue: string, limit: number): IssueTally {
  const articles = new Interner();
  const stories = new Interner();
  // Articles and stories are numbered as they come; bit arrays are sized once all are known.
  const gathered = new Map<string, Omit<CountryTally, 'articles' | 'stories'> & { articles: number[]; stories: number[] }>();
  for (const p of positions) {
    if (p.issue !== issue) continue;
    let c = gathered.get(p.country);
    if (!c) gathered.set(p.country, (c = { codes: new Map(), statements: 0, articles: [], stories: [], evidence: new NewestEvidence(limit) }));
    const story = stories.id(p.storyId);
    c.articles.push(articles.id(p.articleId));
    c.stories.push(story);
    for (const ref of p.evidence) c.evidence.add(p.date, ref, p);
    let code = c.codes.get(p.code);
    if (!code) c.codes.set(p.code, (code = { plus: new Set(), minus: new Set() }));
    const side = p.polarity === 1 ? code.plus : code.minus;
    if (side.has(story)) continue;
    side.add(story);
    c.statements++;
  }
  const { pairs, named } = tallyPairs(agreements, issue, articles, stories, limit);
  const countries = new Map<string, CountryTally>();
  const vectors = new Map<string, PositionVector>();
  for (const [country, c] of gathered) {
    countries.set(country, { ...c, articles: bitsOf(c.articles, articles.size), stories: bitsOf(c.stories, stories.size) });
    vectors.set(country, vectorOf(c.codes));
  }
  return { countries, vectors, pairs, named, expected: _expectedDistances([...vectors.values()]) };
}

function bitsOf(members: number[], size: number): Bits {
  const bits = newBits(size);
  for (const i of members) addBit(bits, i);
  return bits;
}

// x_c = (stories stating +1 - stories stating -1) / stories stating c; a story stating both is one story.
function vectorOf(codes: CountryTally['codes']): PositionVector {
  const vector: PositionVector = {};
  for (const [code, { plus, minus }] of codes) {
    let stating = plus.size;
    for (const story of minus) if (!plus.has(story)) stating++;
    vector[code] = { value: (plus.size - minus.size) / stating, statements: plus.size + minus.size };
  }
  return vector;
}

function tallyPairs(agreements: AgreementRecord[], issue: string, articles: Interner, stories: Interner, limit: number) {
  const pairs = new Map<string, PairTally>();
  const named = new Set<string>();
  for (const r of agreements) {
    if (r.issue !== issue) continue;
    named.add(r.a).add(r.b);
    // Only what the text states counts; an 'unknown' statement states nothing.
    if (!r.explicit || r.label === 'unknown' || r.a === r.b) continue;
    const key = pairKey(r.a, r.b);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { agree: new Set(), disagree: new Set(), articles: new Set(), stories: new Set(), evidence: new NewestEvidence(limit) }));
    const story = stories.id(r.storyId);
    if (r.label !== 'disagree') pair.agree.add(story);
    if (r.label !== 'agree') pair.disagree.add(story);
    pair.articles.add(articles.id(r.articleId));
    pair.stories.add(story);
    for (const ref of r.evidence) pair.evidence.add(r.date, ref, null);
  }
  return { pairs, named };
}
