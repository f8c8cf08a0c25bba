import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeBytes, TextError } from '@accord/text';
import { IngestError, plainMessage } from './error.js';
import { extractHtml } from './html.js';
import { jsonLinesRecords, jsonRecords } from './records.js';
import type { ReadFailure, ReadResult } from './source.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

/**
 * Whether a file is a gzipped tar archive of article files, by its name.
 *
 * @example
 * isArchive('ungdc_2011_2024.tar.gz'); // true
 */
export function isArchive(name: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(name);
}

/**
 * Expands folders (recursively, sorted) into the article files they hold; files are kept as given,
 * and `*.gold.json` files are skipped. Paths that do not exist come back as failures, so one typo
 * does not stop the batch. `archives: true` keeps `.tar.gz` files found in folders.
 *
 * @example
 * expandPaths(['fixtures/ar']).files[0]; // 'fixtures/ar/ar-01-egypt-saudi-cairo-joint.txt'
 */
export function expandPaths(paths: string[], options: { archives?: boolean } = {}): { files: string[]; failures: ReadFailure[] } {
  const out: string[] = [];
  const failures: ReadFailure[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if ((ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) || (options.archives && isArchive(name))) && !name.endsWith('.gold.json')) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      failures.push({ origin: p, message: 'cannot read: no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return { files: out, failures };
}

/**
 * Reads the articles of one file. Bad records of a JSON Lines file are returned as failures with
 * their line numbers, and the good ones still come back. A file that cannot be read, is not text
 * or is not JSON throws an IngestError (`unreadable`, `not_text`, `bad_record`).
 *
 * @example
 * readArticles('../shared/corpus/saudinewsnet_fm_candidates_516.jsonl').articles.length; // 516
 */
export function readArticles(path: string, options: { encoding?: string | undefined } = {}): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new IngestError('unreadable', `cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`, { cause });
  }
  return parseArticles(bytes, { name: path, encoding: options.encoding });
}

/**
 * Reads the articles of one file's bytes; `name` (a path, or `archive.tar.gz/entry.txt`) gives the
 * format by its extension, the fallback id by its base name, and the origin in messages.
 *
 * @example
 * parseArticles(Buffer.from('Egypt supports a ceasefire.'), { name: 'a.txt' }).articles[0]; // { id: 'a', text: 'Egypt supports a ceasefire.', origin: 'a.txt' }
 */
export function parseArticles(bytes: Uint8Array, options: { name: string; encoding?: string | undefined }): ReadResult {
  const path = options.name;
  let text: string;
  try {
    text = decodeBytes(bytes, options.encoding ? { encoding: options.encoding } : {}).text;
  } catch (cause) {
    if (cause instanceof TextError) throw new IngestError('not_text', `${path}: ${plainMessage(cause)}`, { cause });
    throw cause;
  }
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (ext === '.html' || ext === '.htm') {
    const page = extractHtml(text);
    const body = page.title && !page.text.startsWith(page.title) ? `${page.title}\n\n${page.text}` : page.text;
    return { articles: [{ id, text: body, title: page.title, ...(page.date ? { date: page.date } : {}), origin: path }], failures: [] };
  }
  if (ext === '.jsonl' || ext === '.ndjson') return jsonLinesRecords(text, path);
  if (ext === '.json') return jsonRecords(text, path);
  return { articles: [{ id, text, origin: path }], failures: [] };
}
