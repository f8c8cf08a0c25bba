import { basename, extname } from 'node:path';
import { IngestError } from './error.js';
import type { ReadFailure, ReadResult, SourceArticle } from './source.js';

/**
 * The news records of a JSON Lines text, one object per line: `content` or `text` (a string),
 * and optionally `id`, `title`, `date`, `url`, `source`. A bad line is a failure named by its
 * number; the good lines still come back.
 *
 * @example
 * jsonLinesRecords('{"id":"a","title":"T","content":"Body"}\n', 'news.jsonl').articles[0]; // { id: 'a', text: 'T\n\nBody', title: 'T', origin: 'news.jsonl:1' }
 */
export function jsonLinesRecords(text: string, path: string): ReadResult {
  const articles: SourceArticle[] = [];
  const failures: ReadFailure[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((line, k) => {
    const origin = `${path}:${k + 1}`;
    if (!line.trim()) {
      if (k < lines.length - 1) failures.push({ origin, message: 'empty line' });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      failures.push({ origin, message: `not valid JSON (${(cause as Error).message})` });
      return;
    }
    const r = newsRecord(value, `${basename(path, extname(path))}-${k + 1}`, origin, seen);
    if ('message' in r) failures.push(r);
    else articles.push(r);
  });
  return { articles, failures };
}

/**
 * The news records of a `.json` text: one object, or an array of them (a record's origin is then
 * `path[k]`). Text that is not JSON at all is an IngestError `bad_record`.
 *
 * @example
 * jsonRecords('[{"text":"A"},{"text":"B"}]', 'two.json').articles.map((a) => a.id); // ['two-1', 'two-2']
 */
export function jsonRecords(text: string, path: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new IngestError('bad_record', `${path}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  const id = basename(path, extname(path));
  const items = Array.isArray(value) ? value : [value];
  const articles: SourceArticle[] = [];
  const failures: ReadFailure[] = [];
  const seen = new Set<string>();
  items.forEach((item, k) => {
    const origin = Array.isArray(value) ? `${path}[${k}]` : path;
    const r = newsRecord(item, Array.isArray(value) ? `${id}-${k + 1}` : id, origin, seen);
    if ('message' in r) failures.push(r);
    else articles.push(r);
  });
  return { articles, failures };
}

// The analysed text is `title + "\n\n" + content` when there is a title, and evidence offsets index it.
function newsRecord(value: unknown, fallbackId: string, origin: string, seen: Set<string>): SourceArticle | ReadFailure {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { origin, message: 'not a JSON object' };
  const r = value as Record<string, unknown>;
  const body = r.content ?? r.text;
  if (body === undefined) return { origin, message: 'no "content" or "text" field' };
  if (typeof body !== 'string') return { origin, message: `"${r.content !== undefined ? 'content' : 'text'}" is ${typeof body}, not a string` };
  const id = r.id === undefined ? fallbackId : String(r.id);
  if (seen.has(id)) return { origin, message: `duplicate id "${id}"` };
  seen.add(id);
  const title = typeof r.title === 'string' ? r.title : undefined;
  const text = title ? `${title}\n\n${body}` : body;
  const out: SourceArticle = { id, text, origin };
  if (title) out.title = title;
  for (const k of ['date', 'url', 'source'] as const) {
    const v = r[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
}
