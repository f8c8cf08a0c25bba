import { basename, dirname, extname } from 'node:path';
import { defaultLexicon } from '@accord/lexicon';
import { engineVersion, resolveCountry } from '@accord/stance';
import { contentHash, storable, type ArticleInput as StoreArticle, type Store } from '@accord/store';
import { normalizeDate } from './dates.js';
import { messageWithCause } from './error.js';
import { namePattern } from './naming.js';
import { AnalysisPool } from './pool.js';
import type { ArticleInput, ReadFailure } from './read.js';
import { articleSources } from './sources.js';

export interface IngestOptions {
  paths: string[];
  store: Store;
  /** Overrides detection for every article. */
  language?: 'ar' | 'en' | undefined;
  /** Overrides every article's own date (YYYY-MM-DD). */
  date?: string | undefined;
  /** ISO alpha-2: every text is this country's statement. */
  speakerCountry?: string | undefined;
  /** Reads the speaker country and date from file names, e.g. `ungd` or `{country}_{*}_{year}`. */
  namePattern?: string | undefined;
  encoding?: string | undefined;
  /** Analysis threads; defaults to one per core but one (the calling thread commits), 0 analyses on the calling thread. */
  workers?: number | undefined;
  /** Stops taking new articles; what is in flight is still committed. */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: IngestProgress) => void) | undefined;
  onFailure?: ((failure: ReadFailure) => void) | undefined;
}

export interface IngestProgress {
  ingested: number;
  duplicates: number;
  failed: number;
  /** UTF-8 bytes of the new texts stored so far (10^6 of them are the MB of the rates). */
  bytes: number;
}

export interface IngestSummary extends IngestProgress {
  failures: ReadFailure[];
  /** True when the signal stopped the batch early; a rerun continues where it stopped. */
  interrupted: boolean;
  seconds: number;
}

/**
 * Ingests files, folders and archives into a store: reads every article, skips those already
 * stored (same content hash) before analysing, analyses the rest on worker threads, and commits
 * each article in its own transaction from this thread, so an interrupted batch loses nothing
 * committed and a rerun continues.
 *
 * @example
 * const summary = await ingest({ paths: ['../shared/corpus'], store: await openStore({}) });
 * summary.ingested; // 3764
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, bytes: 0, failures: [], interrupted: false, seconds: 0 };
  const fail = (failure: ReadFailure) => {
    summary.failed++;
    summary.failures.push(failure);
    options.onFailure?.(failure);
  };
  const fromName = options.namePattern ? namePattern(options.namePattern) : undefined;
  const pool = new AnalysisPool(options.workers);
  // Enough in flight to keep every worker busy while the writer commits.
  const window = Math.max(2, pool.size * 3);
  const inFlight = new Set<Promise<void>>();
  let writes = Promise.resolve();
  const version = engineVersion();

  const handle = async (article: ArticleInput) => {
    const record = toRecord(article, options, fromName);
    if ('message' in record) return fail(record);
    const hash = contentHash(record.article.text);
    if (await options.store.findByHash(hash)) {
      summary.duplicates++;
      return;
    }
    let result;
    try {
      result = await pool.analyze(record.task);
    } catch (error) {
      // Workers that cannot start would fail every article alike: one clear error stops the batch.
      if (pool.broken) throw pool.broken;
      return fail({ origin: article.origin, message: `analysis failed: ${messageWithCause(error)}` });
    }
    // One writer: commits happen in order, one transaction per article.
    const write = writes.then(async () => {
      const saved = await options.store.saveArticle({ article: { ...record.article, language: result.analysis.language }, analysis: result.analysis, engineVersion: version, fingerprint: result.fingerprint });
      if (saved.status === 'duplicate') summary.duplicates++;
      else {
        summary.ingested++;
        summary.bytes += Buffer.byteLength(record.article.text);
      }
    });
    writes = write.catch(() => undefined);
    try {
      await write;
    } catch (error) {
      fail({ origin: article.origin, message: `not stored: ${messageWithCause(error)}` });
    }
  };

  try {
    for await (const item of articleSources(options.paths, { encoding: options.encoding })) {
      if (pool.broken) throw pool.broken;
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      if ('failure' in item) {
        fail(item.failure);
        continue;
      }
      const job = handle(item.article).finally(() => {
        inFlight.delete(job);
        options.onProgress?.(summary);
      });
      // A job that fails while the loop awaits the next source must not count as unhandled: the
      // race or the final wait below still sees its error.
      job.catch(() => undefined);
      inFlight.add(job);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

interface Prepared {
  article: StoreArticle;
  task: { text: string; language?: 'ar' | 'en' | undefined; date?: string | undefined; speakerCountry?: string | undefined };
}

function toRecord(input: ArticleInput, options: IngestOptions, fromName: ((name: string) => { country?: string; date?: string } | null) | undefined): Prepared | ReadFailure {
  // The text as the store will keep it (NUL as U+FFFD, same offsets), so evidence quotes it exactly.
  const article = { ...input, text: storable(input.text) };
  if (!article.text.trim()) return { origin: article.origin, message: 'empty text: nothing to analyse' };
  const named = fromName?.(article.id) ?? undefined;
  if (fromName && !named) return { origin: article.origin, message: `file name "${article.id}" does not match --name-pattern ${options.namePattern}` };
  const date = options.date ?? named?.date ?? normalizeDate(article.date) ?? undefined;
  const speakerCountry = options.speakerCountry ?? (named?.country ? knownCountry(named.country) : undefined);
  return {
    article: {
      externalId: article.id,
      title: article.title ?? firstLine(article.text),
      text: article.text,
      language: options.language ?? 'en',
      date: date ?? null,
      source: article.source ?? sourceOf(article.origin),
      url: article.url ?? null,
      speakerCountry: speakerCountry ?? null,
    },
    task: { text: article.text, language: options.language, date, speakerCountry },
  };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n', 1)[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

// A record without its own source is named after what holds it: its JSON Lines file or archive,
// or for a lone file its folder.
function sourceOf(origin: string): string {
  const archive = /^(.*?\.(?:tar\.gz|tgz))\//i.exec(origin);
  if (archive) return basename(archive[1]!).replace(/\.(tar\.gz|tgz)$/i, '');
  const file = origin.replace(/(:\d+|\[\d+\])$/, '');
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return basename(file, extname(file));
  return basename(dirname(file)) || basename(file, extname(file));
}

// A file-name code the lexicon does not know (the UN files have a few, such as EU) still ingests:
// the text's own speakers are attributed as in any article.
function knownCountry(code: string): string | undefined {
  try {
    return resolveCountry(defaultLexicon(), code);
  } catch {
    return undefined;
  }
}

