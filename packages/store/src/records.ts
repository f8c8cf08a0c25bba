import type { AgreementRecord, PositionRecord } from '@accord/corpus';
import type { Kysely } from 'kysely';
import type { Backend } from './db.js';
import { filterConditions } from './filters.js';
import { decodeEvidence } from './rows.js';
import type { Tables } from './tables.js';
import type { CorpusFilter, StoreStats } from './types.js';

// Only what a record carries: the copied language and source columns stay in the database.
const POSITION_COLUMNS = ['article_id', 'story_id', 'date', 'country', 'issue', 'code', 'polarity', 'confidence', 'evidence'] as const;
const AGREEMENT_COLUMNS = ['article_id', 'story_id', 'date', 'a', 'b', 'issue', 'label', 'score', 'explicit', 'evidence'] as const;

/** The positions matching the filter, article by article in reading order. */
export async function positions(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<PositionRecord[]> {
  const where = filterConditions(db, backend, 'positions', filter);
  const rows = await db.selectFrom('positions').select(POSITION_COLUMNS).where((eb) => eb.and(where)).orderBy('article_id').orderBy('ord').execute();
  return rows.map((r) => ({
    ...keysOf(r),
    country: r.country,
    issue: r.issue,
    code: r.code,
    polarity: r.polarity === -1 ? -1 : 1,
    confidence: r.confidence,
    evidence: decodeEvidence(r.article_id, r.evidence),
  }));
}

/** The agreements matching the filter (`countries` holds both sides), in reading order. */
export async function agreements(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<AgreementRecord[]> {
  const where = filterConditions(db, backend, 'agreements', filter);
  const rows = await db.selectFrom('agreements').select(AGREEMENT_COLUMNS).where((eb) => eb.and(where)).orderBy('article_id').orderBy('ord').execute();
  return rows.map((r) => ({
    ...keysOf(r),
    a: r.a,
    b: r.b,
    issue: r.issue,
    label: r.label,
    score: r.score,
    explicit: r.explicit === 1,
    evidence: decodeEvidence(r.article_id, r.evidence),
  }));
}

function keysOf(row: { article_id: string; story_id: string; date: string | null }) {
  return { articleId: row.article_id, storyId: row.story_id, date: row.date };
}

export async function stats(db: Kysely<Tables>): Promise<StoreStats> {
  // count() is a bigint, which pg hands over as a string: Number() reads both backends.
  const totals = await db
    .selectFrom('articles')
    .select((eb) => [
      eb.fn.countAll().as('articles'),
      eb.fn.count('story_id').distinct().as('stories'),
      eb.selectFrom('positions').select(eb.fn.countAll().as('n')).as('positions'),
      eb.selectFrom('agreements').select(eb.fn.countAll().as('n')).as('agreements'),
    ])
    .executeTakeFirstOrThrow();
  const languages = await db.selectFrom('articles').select((eb) => ['language', eb.fn.countAll().as('n')]).groupBy('language').orderBy('language').execute();
  return {
    articles: Number(totals.articles),
    stories: Number(totals.stories),
    positions: Number(totals.positions),
    agreements: Number(totals.agreements),
    byLanguage: Object.fromEntries(languages.map((l) => [l.language, Number(l.n)])),
  };
}
