import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Backend } from './db.js';
import { StoreError } from './error.js';
import { openStore } from './store.js';
import type { Store } from './types.js';

import { startTcpProxy, type TcpProxy } from './proxy.js';

export { startTcpProxy };
export type { TcpProxy };

export interface TestStore {
  store: Store;
  /** The URL the store was opened at; open it again to test reopening. */
  url: string;
  /** Closes the store and removes its database (temp folder or PostgreSQL database). */
  cleanup(): Promise<void>;
}

/**
 * The server under the per-suite test databases: `ACCORD_TEST_POSTGRES_URL`, else local trust auth.
 *
 * @example
 * testPostgresUrl(); // 'postgres://postgres@127.0.0.1:5432/postgres'
 */
export function testPostgresUrl(): string {
  return process.env.ACCORD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * The backends a shared suite should run on: both, unless `ACCORD_SKIP_POSTGRES=1`. An unreachable
 * server is a failure, not a skip, so CI cannot go green without PostgreSQL by accident.
 *
 * @example
 * describe.each(testBackends())('store on %s', (backend) => { ... });
 */
export function testBackends(): Backend[] {
  return process.env.ACCORD_SKIP_POSTGRES === '1' ? ['sqlite'] : ['sqlite', 'postgres'];
}

/**
 * A fresh, empty store for one test suite: a SQLite file in a temp folder, or a new PostgreSQL
 * database `accord_test_<random>` so parallel test files never share tables.
 *
 * @example
 * const { store, cleanup } = await createTestStore({ backend: 'postgres' });
 * afterAll(cleanup);
 */
export async function createTestStore(options: { backend: Backend }): Promise<TestStore> {
  const database = await createTestDatabase(options);
  try {
    const store = await openStore({ url: database.url });
    const cleanup = once(async () => {
      await store.close();
      await database.cleanup();
    });
    return { store, url: database.url, cleanup };
  } catch (error) {
    await database.cleanup();
    throw error;
  }
}

/**
 * A fresh PostgreSQL test store reached through a TCP proxy, for fault tests: `proxy.drop()` cuts
 * its connections while the server keeps running. `url` goes through the proxy.
 *
 * @example
 * const { store, proxy, cleanup } = await createProxiedTestStore();
 * await proxy.drop(); // store reads now fail with StoreError 'unavailable'
 */
export async function createProxiedTestStore(): Promise<TestStore & { proxy: TcpProxy }> {
  const database = await createTestDatabase({ backend: 'postgres' });
  const server = new URL(database.url);
  const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const url = proxy.route(database.url);
  try {
    const store = await openStore({ url });
    const cleanup = once(async () => {
      await store.close();
      await proxy.close();
      await database.cleanup();
    });
    return { store, url, proxy, cleanup };
  } catch (error) {
    await proxy.close();
    await database.cleanup();
    throw error;
  }
}

/**
 * An empty database for one test suite, with no store open on it and nothing migrated: for tests
 * that build a database as an older release left it. `cleanup` removes it (close what you opened first).
 *
 * @example
 * const { url, cleanup } = await createTestDatabase({ backend: 'sqlite' });
 */
export async function createTestDatabase(options: { backend: Backend }): Promise<{ url: string; cleanup(): Promise<void> }> {
  if (options.backend === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'accord-store-'));
    return { url: `file:${join(dir, 'accord.db')}`, cleanup: once(() => rm(dir, { recursive: true, force: true })) };
  }
  const server = testPostgresUrl();
  const name = `accord_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(server, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.href, cleanup: once(() => asAdmin(server, (admin) => dropDatabase(admin, name))) };
}

async function asAdmin(server: string, run: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  // A connection lost mid-query also rejects the query; the event alone would end the test run.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (cause) {
    throw new StoreError(
      'open_failed',
      `PostgreSQL for tests is unreachable at ${server}: start it (pg_ctlcluster --skip-systemctl-redirect <version> main start), point ACCORD_TEST_POSTGRES_URL at one, or set ACCORD_SKIP_POSTGRES=1`,
      { cause },
    );
  }
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

// A closed pool's backends can outlive close() by a moment; FORCE would kill them mid-goodbye and
// their client would raise an error nobody handles, so wait for them to leave first.
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0]?.n === '0') break;
    await new Promise((done) => setTimeout(done, 100));
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

function once(run: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= run());
}
