import type { AgreementRecord, PositionRecord, RelationRecord } from '@accord/corpus';
import type { Kysely } from 'kysely';
import type { Backend } from './db.js';
import { articleConditions, recordMatcher, type RecordKind } from './filters.js';
import { unpackAgreement, unpackPosition, unpackRelation, type PackedAgreement, type PackedPosition, type PackedRelation, type RecordKeys } from './rows.js';
import type { Tables } from './tables.js';
import type { CorpusFilter, RelationFilter, StoreStats } from './types.js';

/** The positions matching the filter, article by article (by id), each article's in reading order. */
export function positions(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<PositionRecord[]> {
  const keep = recordMatcher(filter);
  return readPacked(db, backend, 'positions', filter, (row, p: PackedPosition) => (keep.position(p[0], p[1]) ? unpackPosition(row, p) : null));
}

/** The agreements matching the filter (`countries` must hold both sides), in the same order. */
export function agreements(db: Kysely<Tables>, backend: Backend, filter: CorpusFilter): Promise<AgreementRecord[]> {
  const keep = recordMatcher(filter);
  return readPacked(db, backend, 'agreements', filter, (row, g: PackedAgreement) => (keep.agreement(g[0], g[1], g[2]) ? unpackAgreement(row, g) : null));
}

/** The relations matching the filter (`countries` the stating country, `targets` the target), in the same order. */
export function relations(db: Kysely<Tables>, backend: Backend, filter: RelationFilter): Promise<RelationRecord[]> {
  const keep = recordMatcher(filter);
  return readPacked(db, backend, 'relations', filter, (row, r: PackedRelation) => (keep.relation(r[0], r[1], r[2]) ? unpackRelation(row, r) : null));
}

/** Each packed record of the matching articles, as `read` makes it (null leaves it out). */
async function readPacked<P, R>(
  db: Kysely<Tables>,
  backend: Backend,
  kind: RecordKind,
  filter: RelationFilter,
  read: (row: RecordKeys, packed: P) => R | null,
): Promise<R[]> {
  const records: R[] = [];
  for (const row of await packedRows(db, backend, kind, filter)) {
    for (const packed of JSON.parse(row.packed) as P[]) {
      const record = read(row, packed);
      if (record !== null) records.push(record);
    }
  }
  return records;
}

/** The packed records of the articles that have a matching one: one row per article, not per record. */
function packedRows(db: Kysely<Tables>, backend: Backend, kind: RecordKind, filter: RelationFilter): Promise<Array<RecordKeys & { packed: string }>> {
  const where = articleConditions(db, backend, { id: 'article_records.article_id', kind }, filter);
  return (
    db
      .selectFrom('article_records')
      .select(['article_id', 'story_id', 'date', `${kind} as packed`])
      // Most articles state no agreement and many no position: unfiltered, their '[]' rows were half the fetch.
      .where((eb) => eb.and([...where, eb(kind, '<>', '[]')]))
      .orderBy('article_id')
      .execute()
  );
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
      eb.selectFrom('relations').select(eb.fn.countAll().as('n')).as('relations'),
    ])
    .executeTakeFirstOrThrow();
  const languages = await db
    .selectFrom('articles')
    .select((eb) => ['language', eb.fn.countAll().as('n')])
    .groupBy('language')
    .orderBy('language')
    .execute();
  return {
    articles: Number(totals.articles),
    stories: Number(totals.stories),
    positions: Number(totals.positions),
    agreements: Number(totals.agreements),
    relations: Number(totals.relations),
    byLanguage: Object.fromEntries(languages.map((l) => [l.language, Number(l.n)])),
  };
}
