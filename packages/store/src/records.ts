import type { AgreementRecord, PositionRecord } from '@accord/corpus';
import type { Kysely } from 'kysely';
import type { Backend } from './db.js';
import { articleConditions, recordMatcher, type RecordKind } from './filters.js';
import { unpackAgreement, unpackPosition, type PackedAgreement, type PackedPosition, type RecordKeys } from './rows.js';
import type { Tables } from './tables.js';
import type { CorpusFilter, StoreStats } from './types.js';

/** The positions matching the filter, article by article (by id), each article's in reading order. */
export async function positions(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<PositionRecord[]> {
  const keep = recordMatcher(filter);
  const records: PositionRecord[] = [];
  for (const row of await packedRows(db, backend, 'positions', filter)) {
    for (const p of JSON.parse(row.packed) as PackedPosition[]) if (keep.position(p[0], p[1])) records.push(unpackPosition(row, p));
  }
  return records;
}

/** The agreements matching the filter (`countries` must hold both sides), in the same order. */
export async function agreements(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<AgreementRecord[]> {
  const keep = recordMatcher(filter);
  const records: AgreementRecord[] = [];
  for (const row of await packedRows(db, backend, 'agreements', filter)) {
    for (const g of JSON.parse(row.packed) as PackedAgreement[]) if (keep.agreement(g[0], g[1], g[2])) records.push(unpackAgreement(row, g));
  }
  return records;
}

/** The packed records of the articles that have a matching one: one row per article, not per record. */
function packedRows(db: Kysely<Tables>, backend: Backend, kind: RecordKind, filter: CorpusFilter): Promise<Array<RecordKeys & { packed: string }>> {
  const where = articleConditions(db, backend, { id: 'article_records.article_id', kind }, filter);
  return db
    .selectFrom('article_records')
    .select(['article_id', 'story_id', 'date', `${kind} as packed`])
    // Most articles state no agreement and many no position: unfiltered, their '[]' rows were half the fetch.
    .where((eb) => eb.and([...where, eb(kind, '<>', '[]')]))
    .orderBy('article_id')
    .execute();
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
