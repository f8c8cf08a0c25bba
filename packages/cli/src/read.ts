import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeBytes, TextError } from '@accord/text';
import { CliError, plainMessage } from './error.js';
import { extractHtml } from './html.js';

/** One article read from a file: a text file, an HTML page, or one record of a JSON/JSON Lines file. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  /** Where it came from, for messages: `file` or `file:line`. */
  origin: string;
}

/** A record that could not be read, reported by where it is. */
export interface ReadFailure {
  origin: string;
  message: string;
}

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

/** A gzipped tar archive of article files, by its name. */
export function isArchive(name: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(name);
}

/**
 * Expands folders (recursively, sorted) into the article files they hold; files are kept as given.
 * Paths that do not exist come back as failures, so one typo does not stop the batch.
 */
export function expandPaths(paths: string[], options: { archives?: boolean } = {}): { files: string[]; failures: ReadFailure[] } {
  const out: string[] = [];
  const failures: ReadFailure[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      failures.push({ origin: p, message: 'cannot read: no such file or folder' });
      continue;
    }
    if (st.isDirectory()) {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const full = join(dir, name);
          const s = statSync(full);
          if (s.isDirectory()) walk(full);
          else if ((ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) || (options.archives && isArchive(name))) && !name.endsWith('.gold.json')) out.push(full);
        }
      };
      walk(p);
    } else out.push(p);
  }
  return { files: out, failures };
}

/**
 * Reads the articles of one file. Bad records of a JSON Lines file are returned as failures with
 * their line numbers, and the good ones still come back.
 */
export function readArticles(path: string, options: { encoding?: string } = {}): { articles: ArticleInput[]; failures: ReadFailure[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new CliError('unreadable', `cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`, { cause });
  }
  return parseArticles(bytes, { name: path, encoding: options.encoding });
}

/**
 * Reads the articles of one file's bytes; `name` (a path, or `archive.tar.gz/entry.txt`) gives the
 * format by its extension, the fallback id by its base name, and the origin in messages.
 */
export function parseArticles(bytes: Uint8Array, options: { name: string; encoding?: string | undefined }): { articles: ArticleInput[]; failures: ReadFailure[] } {
  const path = options.name;
  let text: string;
  try {
    text = decodeBytes(bytes, options.encoding ? { encoding: options.encoding } : {}).text;
  } catch (cause) {
    if (cause instanceof TextError) throw new CliError('not_text', `${path}: ${plainMessage(cause)}`, { cause });
    throw cause;
  }
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (ext === '.html' || ext === '.htm') {
    const page = extractHtml(text);
    const body = page.title && !page.text.startsWith(page.title) ? `${page.title}\n\n${page.text}` : page.text;
    return { articles: [{ id, text: body, title: page.title, ...(page.date ? { date: page.date } : {}), origin: path }], failures: [] };
  }
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonLines(text, path);
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new CliError('bad_record', `${path}: not valid JSON (${(cause as Error).message})`, { cause });
    }
    const items = Array.isArray(value) ? value : [value];
    const articles: ArticleInput[] = [];
    const failures: ReadFailure[] = [];
    const seen = new Set<string>();
    items.forEach((item, k) => {
      const origin = Array.isArray(value) ? `${path}[${k}]` : path;
      const r = toRecord(item, Array.isArray(value) ? `${id}-${k + 1}` : id, origin, seen);
      if ('message' in r) failures.push(r);
      else articles.push(r);
    });
    return { articles, failures };
  }
  return { articles: [{ id, text, origin: path }], failures: [] };
}

function readJsonLines(text: string, path: string): { articles: ArticleInput[]; failures: ReadFailure[] } {
  const articles: ArticleInput[] = [];
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
    const r = toRecord(value, `${basename(path, extname(path))}-${k + 1}`, origin, seen);
    if ('message' in r) failures.push(r);
    else articles.push(r);
  });
  return { articles, failures };
}

function toRecord(value: unknown, fallbackId: string, origin: string, seen: Set<string>): ArticleInput | ReadFailure {
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
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const out: ArticleInput = { id, text, origin };
  if (title) out.title = title;
  for (const k of ['date', 'url', 'source'] as const) {
    const v = str(k);
    if (v) out[k] = v;
  }
  return out;
}
