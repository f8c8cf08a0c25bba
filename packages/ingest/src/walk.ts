import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from './error.js';
import type { ReadFailure } from './source.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

/** The largest file read whole; a bigger one (or a /proc file that never ends) is refused, not read forever. */
export const MAX_FILE_BYTES = 1024 ** 3;

// Kernel file systems: their files are not articles, and some never end or loop back to /.
const PSEUDO = /^\/(proc|sys|dev)(\/|$)/;

/**
 * Whether a file is a gzipped tar archive of article files, by its name.
 *
 * @example
 * isArchive('ungdc_2011_2024.tar.gz'); // true
 */
export function isArchive(name: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(name);
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

// What is wrong with reading `path` as a file, or null: kernel file systems, FIFOs, sockets and devices are skipped.
function notReadable(path: string, st: Stats): string | null {
  if (PSEUDO.test(realpathSync(path))) return 'skipped: /proc, /sys and /dev hold no articles';
  if (!st.isFile()) return 'skipped: not a regular file (a FIFO, socket or device)';
  return null;
}

/**
 * Expands folders (recursively, sorted) into the article files they hold; files are kept as given,
 * and `*.gold.json` files are skipped. What cannot be read comes back as a failure and the walk goes
 * on: a path that does not exist, a dangling symbolic link, a link loop, a FIFO or device, anything
 * under /proc, /sys or /dev. `archives: true` keeps `.tar.gz` files found in folders.
 *
 * @example
 * expandPaths(['fixtures/ar']).files[0]; // 'fixtures/ar/ar-01-egypt-saudi-cairo-joint.txt'
 */
export function expandPaths(paths: string[], options: { archives?: boolean } = {}): { files: string[]; failures: ReadFailure[] } {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const wanted = (name: string) =>
    (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) || (options.archives && isArchive(name))) && !name.endsWith('.gold.json');
  const visit = (path: string, given: boolean, folders: Set<string>) => {
    let st: Stats;
    try {
      st = statSync(path);
    } catch (error) {
      const code = errno(error);
      const message = code === 'ENOENT' ? (given ? 'no such file or folder' : 'a symbolic link to nothing') : code === 'ELOOP' ? 'a symbolic link loop' : code;
      return void failures.push({ origin: path, message: `cannot read: ${message}` });
    }
    if (!st.isDirectory()) {
      if (!given && !wanted(path)) return;
      const problem = notReadable(path, st);
      return void (problem ? failures.push({ origin: path, message: problem }) : files.push(path));
    }
    const real = realpathSync(path);
    if (PSEUDO.test(real)) return void failures.push({ origin: path, message: 'skipped: /proc, /sys and /dev hold no articles' });
    // A link back to a folder being read would walk forever.
    if (folders.has(real)) return void failures.push({ origin: path, message: 'skipped: a symbolic link loop (a folder inside itself)' });
    const inside = new Set(folders).add(real);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      return void failures.push({ origin: path, message: `cannot read: ${errno(error)}` });
    }
    for (const name of names) visit(join(path, name), false, inside);
  };
  for (const p of paths) visit(p, true, new Set());
  return { files, failures };
}

/**
 * The bytes of a regular file, up to `MAX_FILE_BYTES`; anything else throws IngestError
 * `unreadable` saying why, without blocking on a FIFO or reading a /proc file forever.
 *
 * @example
 * readRegularFile('fixtures/en/en-01-lavrov-safadi-moscow.txt').length; // 1843
 */
export function readRegularFile(path: string): Buffer {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer would otherwise wait for one.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw new IngestError('unreadable', `cannot read ${path}: ${errno(cause)}`, { cause });
  }
  try {
    const problem = notReadable(path, fstatSync(fd));
    if (problem) throw new IngestError('unreadable', `${path}: ${problem}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) throw new IngestError('unreadable', `${path}: over ${MAX_FILE_BYTES / 1024 ** 2} MB: split it, or pack it as a .tar.gz`);
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    throw new IngestError('unreadable', `cannot read ${path}: ${errno(cause)}`, { cause });
  } finally {
    closeSync(fd);
  }
}
