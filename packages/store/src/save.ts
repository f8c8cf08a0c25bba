import type { Analysis } from '@accord/stance';
import type { Kysely, Transaction } from 'kysely';
import { StoreError } from './error.js';
import { articleRow, requireText } from './input.js';
import { analysisRows, type ArticleKeys } from './rows.js';
import { findStory, keepStoryKeys } from './story.js';
import type { Tables } from './tables.js';
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
      const inserted = await trx
        .insertInto('articles')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      // Another writer stored the same text after our check: theirs stands, ours is a duplicate.
      if (inserted.numInsertedOrUpdatedRows === 0n) {
        const winner = await storedWithHash(trx, row.content_hash);
        if (winner) return winner;
        throw new StoreError('write_failed', `article id ${row.id} is taken by a different text`);
      }
      const bands = [...new Set(input.fingerprint.bands)];
      await insertRows(
        trx,
        'story_bands',
        bands.map((band) => ({ band, article_id: row.id })),
      );
      await keepStoryKeys(trx, { id: row.id, storyId: row.story_id, bands });
      await insertAnalysisRows(trx, row, input.analysis);
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
      for (const table of ['positions', 'agreements', 'relations', 'article_records'] as const)
        await trx.deleteFrom(table).where('article_id', '=', id).execute();
      await insertAnalysisRows(trx, article, analysis);
      await trx
        .updateTable('articles')
        .set({ analysis: JSON.stringify(analysis), engine_version: engineVersion })
        .where('id', '=', id)
        .execute();
    }),
  );
}

async function storedWithHash(trx: Transaction<Tables>, hash: string): Promise<SaveResult | null> {
  const stored = await trx.selectFrom('articles').select(['id', 'story_id']).where('content_hash', '=', hash).executeTakeFirst();
  return stored ? { id: stored.id, status: 'duplicate', storyId: stored.story_id } : null;
}

async function insertAnalysisRows(trx: Transaction<Tables>, article: ArticleKeys, analysis: Analysis): Promise<void> {
  const { positions, agreements, relations, records } = analysisRows(article, analysis);
  await insertRows(trx, 'positions', positions);
  await insertRows(trx, 'agreements', agreements);
  await insertRows(trx, 'relations', relations);
  await trx.insertInto('article_records').values(records).execute();
}

/** Multi-row inserts, a bounded number of rows a statement (inside the caller's transaction). */
export async function insertRows<T extends keyof Tables>(trx: Kysely<Tables>, table: T, rows: Tables[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
  }
}

/** Runs a write; a driver error becomes a `write_failed` StoreError, ours pass through. */
async function write<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const said = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown })?.code;
    throw new StoreError('write_failed', `${what} failed and was rolled back: ${said}${typeof code === 'string' ? ` (${code})` : ''}`, { cause: error });
  }
}
