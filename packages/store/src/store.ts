import { sql, type Kysely } from 'kysely';
import { findByHash, getArticle, listArticles, staleArticles } from './articles.js';
import { createDatabase, parseUrl, redact, type Target } from './db.js';
import { StoreError } from './error.js';
import { storable } from './input.js';
import { migrateToLatest } from './migrations/index.js';
import { openFailure } from './open-failure.js';
import { readWithRetry, tryOnce } from './outage.js';
import { agreements, positions, relations, stats } from './records.js';
import { replaceAnalysis, saveArticle } from './save.js';
import { deleteArticle } from './story.js';
import type { Tables } from './tables.js';
import type { RelationFilter, Store } from './types.js';

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
  const db = await connect(target, url);
  const { backend } = target;
  const where = redact(url);
  // Reads try again while the database cannot be reached; writes report it at once (see outage.ts).
  const read = <T>(run: () => Promise<T>) => readWithRetry(where, run);
  const change = <T>(run: () => Promise<T>) => tryOnce(where, run);
  let closing: Promise<void> | undefined;
  return {
    backend,
    saveArticle: (input) => change(() => saveArticle(db, input)),
    // Every string a caller hands in goes through storable(): a NUL from a URL or a file must not
    // be a driver error on PostgreSQL and a plain miss on SQLite.
    findByHash: (hash) => read(() => findByHash(db, storable(hash))),
    getArticle: (id) => read(() => getArticle(db, storable(id))),
    listArticles: (filter) => read(() => listArticles(db, backend, storableFilter(filter))),
    deleteArticle: (id) => change(() => deleteArticle(db, storable(id))),
    replaceAnalysis: (id, analysis, engineVersion) => change(() => replaceAnalysis(db, storable(id), analysis, engineVersion)),
    staleArticles: (engineVersion, limit) => read(() => staleArticles(db, storable(engineVersion), limit)),
    positions: (filter) => read(() => positions(db, backend, storableFilter(filter))),
    agreements: (filter) => read(() => agreements(db, backend, storableFilter(filter))),
    relations: (filter) => read(() => relations(db, backend, storableFilter(filter))),
    stats: () => read(() => stats(db)),
    // One try, no retry: a health probe wants the state now, and cheaply.
    ping: () => tryOnce(where, async () => void (await sql`select 1`.execute(db))),
    // A second close() waits for the first instead of ending the pool twice (pg throws on that).
    close: () => (closing ??= db.destroy()),
  };
}

function storableFilter<T extends RelationFilter>(filter: T): T {
  const copy = { ...filter };
  for (const key of ['q', 'source', 'issue', 'from', 'to'] as const) if (typeof copy[key] === 'string') copy[key] = storable(copy[key]);
  if (copy.countries) copy.countries = copy.countries.map(storable);
  if (copy.targets) copy.targets = copy.targets.map(storable);
  return copy;
}

// libsql is synchronous: a second connection of this process waiting for the write lock would
// block the very thread that holds it, until busy_timeout failed it. Opens of one file in one
// process take turns instead; other processes wait on the lock itself.
const opening = new Map<string, Promise<unknown>>();

function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const turn = (opening.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
  opening.set(key, turn);
  void turn.finally(() => opening.get(key) === turn && opening.delete(key)).catch(() => undefined);
  return turn;
}

/** The migrated database, or a StoreError with nothing left open. */
function connect(target: Target, url: string): Promise<Kysely<Tables>> {
  return target.backend === 'sqlite' ? inTurn(target.path, () => connectNow(target, url)) : connectNow(target, url);
}

async function connectNow(target: Target, url: string): Promise<Kysely<Tables>> {
  let db: Kysely<Tables> | undefined;
  try {
    db = createDatabase(target);
    // Reach the server now, so a wrong host or database fails here and not on the first query.
    await sql`select 1`.execute(db);
    await migrateToLatest(db);
    return db;
  } catch (error) {
    await db?.destroy().catch(() => {});
    if (error instanceof StoreError) throw error;
    throw openFailure(target, redact(url), error);
  }
}
