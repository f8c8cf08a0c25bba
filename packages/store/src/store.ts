import { sql } from 'kysely';
import { deleteArticle, findByHash, getArticle, listArticles, staleArticles } from './articles.js';
import { createDatabase, parseUrl, redact } from './db.js';
import { StoreError } from './error.js';
import { migrateToLatest } from './migrations/index.js';
import { agreements, positions, stats } from './records.js';
import { replaceAnalysis, saveArticle } from './save.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** `file:PATH`, `file::memory:` or `postgres://…`; defaults to `DATABASE_URL`, then `file:./data/accord.db`. */
  url?: string;
}

/** Where the store lives when neither `url` nor `DATABASE_URL` says. */
export const DEFAULT_DATABASE_URL = 'file:./data/accord.db';

/**
 * Opens the store at `url` and applies pending migrations: SQLite for `file:` URLs (parent folders
 * are created), PostgreSQL for `postgres://` ones.
 *
 * @example
 * const store = await openStore({ url: 'file:./data/accord.db' });
 * const { status, storyId } = await store.saveArticle({ article, analysis, engineVersion, fingerprint: fingerprint(article.text) });
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const url = options.url ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const target = parseUrl(url);
  let db;
  try {
    db = createDatabase(target);
    // Reach the server now, so a wrong host or database fails here and not on the first query.
    await sql`select 1`.execute(db);
  } catch (cause) {
    await db?.destroy().catch(() => {});
    throw new StoreError('open_failed', `cannot open ${redact(url)}: check that the database is running and the URL is right (see the cause)`, { cause });
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
  const { backend } = target;
  return {
    backend,
    saveArticle: (input) => saveArticle(db, input),
    findByHash: (hash) => findByHash(db, hash),
    getArticle: (id) => getArticle(db, id),
    listArticles: (filter) => listArticles(db, backend, filter),
    deleteArticle: (id) => deleteArticle(db, id),
    replaceAnalysis: (id, analysis, engineVersion) => replaceAnalysis(db, id, analysis, engineVersion),
    staleArticles: (engineVersion, limit) => staleArticles(db, engineVersion, limit),
    positions: (filter) => positions(db, backend, filter),
    agreements: (filter) => agreements(db, backend, filter),
    stats: () => stats(db),
    close: () => db.destroy(),
  };
}
