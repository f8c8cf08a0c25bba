import { isSameStory, similarity, type Fingerprint } from '@accord/corpus';
import type { Analysis } from '@accord/stance';
import type { Kysely, Transaction } from 'kysely';
import { StoreError } from './error.js';
import { contentHash } from './hash.js';
import { analysisRows, type ArticleKeys } from './rows.js';
import type { ArticleTable, Tables } from './tables.js';
import type { SaveInput, SaveResult } from './types.js';

// Well under both backends' bound-parameter limits (SQLite 32766, PostgreSQL 65535) at 14 columns.
const ROWS_PER_INSERT = 500;

/** `Store.saveArticle`: one transaction; the UNIQUE content hash settles concurrent saves. */
export async function saveArticle(db: Kysely<Tables>, input: SaveInput): Promise<SaveResult> {
  const row = articleRow(input);
  return write(`saving article ${row.id}`, () =>
    db.transaction().execute(async (trx) => {
      const stored = await storedWithHash(trx, row.content_hash);
      if (stored) return stored;
      row.story_id = (await findStory(trx, input.fingerprint)) ?? row.id;
      const inserted = await trx.insertInto('articles').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      // Another writer stored the same text after our check: theirs stands, ours is a duplicate.
      if (inserted.numInsertedOrUpdatedRows === 0n) {
        const winner = await storedWithHash(trx, row.content_hash);
        if (winner) return winner;
        throw new StoreError('write_failed', `article id ${row.id} is taken by a different text`);
      }
      const bands = [...new Set(input.fingerprint.bands)].map((band) => ({ band, article_id: row.id }));
      await insertRows(trx, 'story_bands', bands);
      await insertAnalysisRows(trx, keysOf(row), input.analysis);
      return { id: row.id, status: 'ingested' as const, storyId: row.story_id };
    }),
  );
}

/** `Store.replaceAnalysis`: the article's records and engine version, rewritten in one transaction. */
export async function replaceAnalysis(db: Kysely<Tables>, id: string, analysis: Analysis, engineVersion: string): Promise<void> {
  requireText('engineVersion', engineVersion);
  await write(`replacing the analysis of article ${id}`, () =>
    db.transaction().execute(async (trx) => {
      const article = await trx.selectFrom('articles').select(['id', 'story_id', 'date', 'language', 'source']).where('id', '=', id).executeTakeFirst();
      if (!article) throw new StoreError('not_found', `no article ${id}: save it first with saveArticle`);
      for (const table of ['positions', 'agreements', 'article_records'] as const) await trx.deleteFrom(table).where('article_id', '=', id).execute();
      await insertAnalysisRows(trx, keysOf(article), analysis);
      await trx.updateTable('articles').set({ analysis: JSON.stringify(analysis), engine_version: engineVersion }).where('id', '=', id).execute();
    }),
  );
}

async function storedWithHash(trx: Transaction<Tables>, hash: string): Promise<SaveResult | null> {
  const stored = await trx.selectFrom('articles').select(['id', 'story_id']).where('content_hash', '=', hash).executeTakeFirst();
  return stored ? { id: stored.id, status: 'duplicate', storyId: stored.story_id } : null;
}

/** The story of the most similar stored article sharing a band, if it is the same story. */
async function findStory(trx: Transaction<Tables>, fingerprint: Fingerprint): Promise<string | null> {
  if (fingerprint.bands.length === 0) return null;
  const rows = await trx
    .selectFrom('story_bands')
    .innerJoin('articles', 'articles.id', 'story_bands.article_id')
    .select(['articles.id', 'articles.story_id', 'articles.fingerprint'])
    .where('story_bands.band', 'in', fingerprint.bands)
    .orderBy('articles.id')
    .execute();
  let best: { storyId: string; fingerprint: Fingerprint; score: number } | null = null;
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const candidate: Fingerprint = { signature: JSON.parse(row.fingerprint) as number[], bands: [] };
    const score = similarity(candidate, fingerprint);
    if (!best || score > best.score) best = { storyId: row.story_id, fingerprint: candidate, score };
  }
  return best && isSameStory(best.fingerprint, fingerprint) ? best.storyId : null;
}

async function insertAnalysisRows(trx: Transaction<Tables>, article: ArticleKeys, analysis: Analysis): Promise<void> {
  const { positions, agreements, records } = analysisRows(article, analysis);
  await insertRows(trx, 'positions', positions);
  await insertRows(trx, 'agreements', agreements);
  await trx.insertInto('article_records').values(records).execute();
}

/** Multi-row inserts, a bounded number of rows a statement. */
export async function insertRows<T extends keyof Tables>(trx: Transaction<Tables>, table: T, rows: Tables[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto(table).values(rows.slice(i, i + ROWS_PER_INSERT) as never).execute();
  }
}

/** The article's row, once the input is checked; `story_id` is filled in when the story is known. */
export function articleRow({ article, analysis, engineVersion, fingerprint }: SaveInput): ArticleTable {
  requireText('article.text', article?.text);
  requireText('engineVersion', engineVersion);
  if (article.language !== 'ar' && article.language !== 'en') {
    throw new StoreError('invalid_input', `article.language must be 'ar' or 'en', not ${JSON.stringify(article.language)}`);
  }
  if (!Array.isArray(fingerprint?.signature) || !Array.isArray(fingerprint.bands)) {
    throw new StoreError('invalid_input', 'fingerprint must be what @accord/corpus fingerprint(text) returns');
  }
  const hash = contentHash(article.text);
  return {
    id: hash.slice(0, 16),
    external_id: article.externalId ?? null,
    title: article.title ?? null,
    text: article.text,
    language: article.language,
    date: dayOf(article.date),
    source: article.source ?? null,
    url: article.url ?? null,
    content_hash: hash,
    story_id: '',
    engine_version: engineVersion,
    analysis: JSON.stringify(analysis),
    fingerprint: JSON.stringify(fingerprint.signature),
    ingested_at: new Date().toISOString(),
  };
}

/** YYYY-MM-DD from a date or an ISO timestamp (the day as written, no time-zone shift). */
function dayOf(date: string | null | undefined): string | null {
  if (date == null || date === '') return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  if (!day) throw new StoreError('invalid_input', `article.date must be YYYY-MM-DD (or an ISO timestamp), not ${JSON.stringify(date)}`);
  return day;
}

function requireText(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') throw new StoreError('invalid_input', `${name} must be a non-empty string`);
}

export function keysOf(row: Pick<ArticleTable, 'id' | 'story_id' | 'date' | 'language' | 'source'>): ArticleKeys {
  return { id: row.id, storyId: row.story_id, date: row.date, language: row.language, source: row.source };
}

/** Runs a write; a driver error becomes a `write_failed` StoreError, ours pass through. */
async function write<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('write_failed', `${what} failed and was rolled back; see the cause`, { cause: error });
  }
}
