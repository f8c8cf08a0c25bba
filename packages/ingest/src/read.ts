import { basename, extname } from 'node:path';
import { decodeBytes, TextError } from '@accord/text';
import { IngestError, plainMessage } from './error.js';
import { extractHtml } from './html.js';
import { jsonLinesRecords, jsonRecords } from './records.js';
import type { ReadResult } from './source.js';
import { readRegularFile } from './walk.js';

/**
 * Reads the articles of one file. Bad records of a JSON Lines file are returned as failures with
 * their line numbers, and the good ones still come back. A file that cannot be read, is not text
 * or is not JSON throws an IngestError (`unreadable`, `not_text`, `bad_record`).
 *
 * @example
 * readArticles('../shared/corpus/saudinewsnet_fm_candidates_516.jsonl').articles.length; // 516
 */
export function readArticles(path: string, options: { encoding?: string | undefined } = {}): ReadResult {
  return parseArticles(readRegularFile(path), { name: path, encoding: options.encoding });
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
