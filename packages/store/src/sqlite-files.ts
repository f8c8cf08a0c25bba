import { closeSync, openSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StoreError } from './error.js';

/**
 * Refuses, before SQLite opens it, a database it could not write: a folder given as the file, a
 * folder where the `-wal` and `-shm` files cannot be made, or a database, `-wal` or `-shm` file
 * that cannot be written. SQLite maps `-shm` into memory, and one it cannot extend ended the
 * process with SIGBUS and nothing in the log. Tried by writing, since root passes access() checks
 * on files made immutable (chattr +i).
 *
 * @example
 * checkWritable('/srv/accord/data/accord.db'); // throws StoreError 'open_failed' naming the file
 */
export function checkWritable(path: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw refuse(path, `it is a folder, not a database file: give a file inside it, as file:${join(path, 'accord.db')}`);
  const folder = dirname(path);
  const probe = join(folder, `.accord-write-check-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (cause) {
    throw refuse(
      path,
      `its folder ${folder} cannot be written (${reason(cause)}): SQLite keeps the -wal and -shm files beside the database; make the folder writable`,
      cause,
    );
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r+');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw refuse(path, `${file} cannot be written (${reason(cause)}): make it writable (chmod u+w, or chattr -i if it was made immutable)`, cause);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

function refuse(path: string, why: string, cause?: unknown): StoreError {
  return new StoreError('open_failed', `cannot open file:${path}: ${why}`, { cause });
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
