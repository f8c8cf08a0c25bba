import type { Analysis } from '@accord/stance';
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Backend } from './db.js';
import { articleConditions } from './filters.js';
import type { ArticleTable, Tables } from './tables.js';
import type { ArticleWithAnalysis, CorpusFilter, Page, StoredArticle } from './types.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

const ARTICLE_COLUMNS = [
  'id',
  'external_id',
  'title',
  'text',
  'language',
  'date',
  'source',
  'url',
  'speaker_country',
  'content_hash',
  'story_id',
  'engine_version',
  'ingested_at',
] as const;

type ArticleRow = Pick<Selectable<ArticleTable>, (typeof ARTICLE_COLUMNS)[number]>;

export async function findByHash(db: Kysely<Tables>, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom('articles').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
}

export async function getArticle(db: Kysely<Tables>, id: string): Promise<ArticleWithAnalysis | null> {
  const row = await db
    .selectFrom('articles')
    .select([...ARTICLE_COLUMNS, 'analysis'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...toArticle(row), analysis: JSON.parse(row.analysis) as Analysis } : null;
}

/**
 * A page of articles, newest first (undated last, then by id), after the cursor's article.
 * `limit` is clamped to 1..500.
 */
export async function listArticles(
  db: Kysely<Tables>,
  backend: Backend,
  options: CorpusFilter & { cursor?: string | null; limit?: number },
): Promise<Page<StoredArticle>> {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.trunc(options.limit ?? DEFAULT_PAGE) || DEFAULT_PAGE));
  const where = articleConditions(db, backend, { id: 'articles.id', kind: 'positions' }, options);
  if (options.cursor) {
    const after = decodeCursor(options.cursor);
    where.push(
      after.date === null
        ? sql<SqlBool>`(date is null and id > ${after.id})`
        : sql<SqlBool>`(date < ${after.date} or (date = ${after.date} and id > ${after.id}) or date is null)`,
    );
  }
  const rows = await db
    .selectFrom('articles')
    .select(ARTICLE_COLUMNS)
    .where((eb) => eb.and(where))
    // Stated for both: SQLite already sorts NULL last in DESC, PostgreSQL sorts it first.
    .orderBy('date', (o) => o.desc().nullsLast())
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toArticle);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ date: last.date, id: last.id }) : null };
}

export async function staleArticles(db: Kysely<Tables>, engineVersion: string, limit?: number): Promise<string[]> {
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('engine_version', '<>', engineVersion)
    .orderBy('ingested_at')
    .orderBy('id')
    .$if(limit !== undefined && Number.isFinite(limit), (q) => q.limit(Math.max(0, Math.trunc(limit!))))
    .execute();
  return rows.map((r) => r.id);
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    externalId: row.external_id,
    title: row.title,
    text: row.text,
    language: row.language,
    date: row.date,
    source: row.source,
    url: row.url,
    speakerCountry: row.speaker_country,
    contentHash: row.content_hash,
    storyId: row.story_id,
    engineVersion: row.engine_version,
    ingestedAt: row.ingested_at,
  };
}
