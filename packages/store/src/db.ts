import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type SqliteDialectConfig,
} from 'kysely';
import { StoreError } from './error.js';
import { checkWritable } from './sqlite-files.js';
import type { Tables } from './tables.js';

export type Backend = 'sqlite' | 'postgres';

/** Where a `DATABASE_URL` points. */
export type Target = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string };

const MEMORY = ':memory:';
const CONNECT_TIMEOUT_MS = 5_000;

/** Reads `file:PATH`, `file:///abs/path`, `:memory:` and `postgres(ql)://` URLs. */
export function parseUrl(url: string): Target {
  if (url === MEMORY || url === `file:${MEMORY}`) return { backend: 'sqlite', path: MEMORY };
  if (url.startsWith('file://')) return { backend: 'sqlite', path: fileURLToPath(url) };
  if (url.startsWith('file:') && url.length > 'file:'.length) return { backend: 'sqlite', path: resolve(url.slice('file:'.length)) };
  if (/^postgres(ql)?:\/\//.test(url)) return { backend: 'postgres', url };
  throw new StoreError(
    'invalid_url',
    `cannot open "${redact(url)}": DATABASE_URL must be file:PATH (SQLite, e.g. file:./data/accord.db), file::memory:, or postgres://user@host:5432/db`,
  );
}

/** A URL fit for an error message: no password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

/** A Kysely instance over the target; the caller runs migrations and destroys it. */
export function createDatabase(target: Target): Kysely<Tables> {
  if (target.backend === 'postgres') {
    // A server that accepts and never answers would hold a request forever; keepAlive finds dead peers.
    const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
    // A dropped connection is an 'error' event, on the pool for an idle client and on the client
    // itself while a query holds it; unheard, either ends the process. The query in flight gets the
    // error too, and the pool discards the broken client and opens a new one on the next query.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.path !== MEMORY) {
    mkdirSync(dirname(target.path), { recursive: true });
    checkWritable(target.path);
  }
  const database = new Database(target.path);
  // First: a second process opening a fresh file waits here for the first's lock instead of failing.
  database.exec('PRAGMA busy_timeout = 5000');
  // WAL lets readers run beside the writer; NORMAL sync is durable in WAL mode but for a power cut.
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA synchronous = NORMAL');
  database.exec('PRAGMA foreign_keys = ON');
  // The default 2 MB page cache cannot hold the packed records (4 MB for 4,000 articles), so every
  // corpus read went back to the file for each page.
  database.exec('PRAGMA cache_size = -32768');
  return new Kysely<Tables>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }) });
}

// A deferred transaction that reads and then writes fails at once with SQLITE_BUSY (busy_timeout
// does not apply) when another process wrote in between; taking the write lock at BEGIN waits instead.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  // After a disk full, an I/O error or a read-only file SQLite has already rolled the transaction
  // back; the rollback's "no transaction is active" would then replace the error that says why.
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!/no transaction is active/.test(error instanceof Error ? error.message : '')) throw error;
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

// SQLite runs DDL inside transactions; Kysely's adapter says it does not, and then its Migrator
// migrates with no transaction and no lock (it assumes one connection), so two processes opening a
// fresh file both ran 0002 and one failed on "duplicate column name". Said truly, the Migrator reads
// and applies pending migrations in one `begin immediate` transaction: a second opener waits for the
// write lock, then finds them applied.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

// Kysely prepares every query afresh; SQLite's prepare is a good part of a small write's cost.
// The same SQL text gets the same statement back. Statements run to completion synchronously
// (the store never streams), so sharing one between calls is safe.
function withStatementCache(database: InstanceType<typeof Database>): InstanceType<typeof Database> {
  const statements = new Map<string, ReturnType<InstanceType<typeof Database>['prepare']>>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, key, receiver) {
      if (key !== 'prepare') {
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (sql: string) => {
        let statement = statements.get(sql);
        if (!statement) {
          if (statements.size >= 256) statements.clear();
          statements.set(sql, (statement = prepare(sql)));
        }
        return statement;
      };
    },
  });
}
