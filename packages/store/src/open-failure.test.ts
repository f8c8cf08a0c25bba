import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, parseUrl } from './db.js';
import { migrateToLatest } from './migrations/index.js';
import { saveArticle } from './save.js';
import { openStore } from './store.js';

const tmp = mkdtempSync(join(tmpdir(), 'accord-store-failures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EMPTY = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };
const oneLine = (message: string) => expect(message).not.toMatch(/\n|see the cause/);

/**
 * Makes `path` unwritable for this process, even as root (chattr +i), runs `test`, then undoes it.
 * Returns false, running nothing, where the file system cannot do that.
 */
async function whileUnwritable(path: string, test: () => Promise<void>): Promise<boolean> {
  const root = process.getuid?.() === 0;
  const lock = (on: boolean) => (root ? spawnSync('chattr', [on ? '+i' : '-i', path]).status === 0 : (chmodSync(path, on ? 0o555 : 0o755), true));
  if (!lock(true)) return false;
  try {
    if (writable(path)) return false;
    await test();
    return true;
  } finally {
    lock(false);
  }
}

function writable(path: string): boolean {
  try {
    const probe = join(path, '.probe');
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') return false;
  }
  try {
    closeSync(openSync(path, 'r+'));
    return true;
  } catch {
    return false;
  }
}

async function openFailure(url: string): Promise<{ code: string; message: string }> {
  const error = await openStore({ url }).then(
    (store) => store.close().then(() => ({ code: 'opened', message: '' })),
    (e: { code: string; message: string }) => e,
  );
  oneLine(error.message);
  return error;
}

describe('a store that will not open says why, in one line', () => {
  it('names a folder given as the database file', async () => {
    mkdirSync(join(tmp, 'folder.db'));
    expect(await openFailure(`file:${join(tmp, 'folder.db')}`)).toMatchObject({
      code: 'open_failed',
      message: expect.stringMatching(/is a folder, not a database file/),
    });
  });

  it('names a file that is not a database', async () => {
    writeFileSync(join(tmp, 'notes.db'), 'shopping list\n'.repeat(100));
    expect((await openFailure(`file:${join(tmp, 'notes.db')}`)).message).toMatch(/notes\.db: it is not a SQLite database \(file is not a database\)/);
  });

  it('names a PostgreSQL port where nothing answers', async () => {
    expect((await openFailure('postgres://postgres@127.0.0.1:1/accord')).message).toMatch(
      /127\.0\.0\.1:1\/accord: nothing answers there \(connect ECONNREFUSED/,
    );
  });

  it('refuses a read-only database, -shm file or folder, naming it, instead of crashing later', async (context) => {
    const dir = join(tmp, 'locked');
    const path = join(dir, 'accord.db');
    await (await openStore({ url: `file:${path}` })).close();
    writeFileSync(`${path}-shm`, '');
    const cases: Array<[string, RegExp]> = [
      [path, /accord\.db cannot be written \(E(PERM|ACCES)\): make it writable/],
      [`${path}-shm`, /accord\.db-shm cannot be written \(E(PERM|ACCES)\)/],
      [dir, /its folder .*locked cannot be written \(E(PERM|ACCES)\)/],
    ];
    for (const [locked, said] of cases) {
      const ran = await whileUnwritable(locked, async () => {
        expect(await openFailure(`file:${path}`)).toMatchObject({ code: 'open_failed', message: expect.stringMatching(said) });
      });
      if (!ran) context.skip('this file system cannot make a file unwritable for this user');
    }
  });
});

describe('a failed SQLite write', () => {
  it('reports the real error, not the rollback that SQLite had already done', async () => {
    const db = createDatabase(parseUrl(`file:${join(tmp, 'full.db')}`));
    try {
      await migrateToLatest(db);
      // A disk that fills up: SQLite rolls the transaction back itself on SQLITE_FULL.
      const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
      await sql.raw(`pragma max_page_count = ${rows[0]!.page_count + 2}`).execute(db);
      const text = 'Talks in the capital went on into the night. '.repeat(2000);
      const saving = saveArticle(db, { article: { text, language: 'en' }, analysis: EMPTY, engineVersion: 'test', fingerprint: fingerprint(text) });
      await expect(saving).rejects.toMatchObject({
        code: 'write_failed',
        message: expect.stringMatching(/rolled back: database or disk is full \(SQLITE_FULL\)/),
      });
    } finally {
      await db.destroy();
    }
  });
});
