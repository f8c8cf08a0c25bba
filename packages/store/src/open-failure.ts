import type { Target } from './db.js';
import { StoreError } from './error.js';

/**
 * The StoreError for a store that would not open, its one line naming the real cause and what to
 * do; a bare "(see the cause)" left users with nothing when the cause was not printed.
 *
 * @example
 * openFailure({ backend: 'sqlite', path: '/x.db' }, 'file:/x.db', sqliteNotADb).message;
 * // '[accord/store] cannot open file:/x.db: it is not a SQLite database (file is not a database): ...'
 */
export function openFailure(target: Target, where: string, error: unknown): StoreError {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  const said = typeof e?.message === 'string' && e.message ? e.message : String(error);
  return new StoreError('open_failed', `cannot open ${where}: ${explain(target, code, said)}`, { cause: error });
}

function explain(target: Target, code: string, said: string): string {
  if (target.backend === 'postgres') {
    if (code === 'ECONNREFUSED') return `nothing answers there (${said}): check the host and port, and that PostgreSQL is running`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host is unknown (${said}): check the host name in the URL`;
    if (code === '3D000') return `${said}: create it (createdb) or fix the database name in the URL`;
    if (code === '28P01' || code === '28000') return `${said}: check the user and password in the URL`;
    return `${said}: check that PostgreSQL is running and the URL is right`;
  }
  if (code.startsWith('SQLITE_NOTADB')) return `it is not a SQLite database (${said}): point DATABASE_URL at an Accord database or at a new file`;
  if (code.startsWith('SQLITE_READONLY')) return `it is read-only (${said}): make the file, its folder and its -wal and -shm files writable`;
  if (code.startsWith('SQLITE_CANTOPEN') || /Unable to open connection/.test(said))
    return `SQLite cannot open the file (${said}): check that the path is a file in a folder this user can read and write`;
  return `${said} (${code || 'no code'})`;
}
