import { engineVersion } from '@accord/stance';
import { StoreError, type Store } from '@accord/store';
import { fromSource, prepareArticle, type SourceOverrides } from './article.js';
import { countryCode } from './country.js';
import { IngestError, messageWithCause, plainMessage } from './error.js';
import { namePattern } from './naming.js';
import { AnalysisPool } from './pool.js';
import type { ReadFailure, SourceArticle } from './source.js';
import { saveAnalysed, storedId } from './save.js';
import { articleSources } from './sources.js';

export interface IngestOptions {
  paths: string[];
  store: Store;
  /** Overrides detection for every article. */
  language?: 'ar' | 'en' | undefined;
  /** Overrides every article's own date (YYYY-MM-DD). */
  date?: string | undefined;
  /** ISO alpha-2 or alpha-3: every text is this country's statement. */
  speakerCountry?: string | undefined;
  /** Reads the speaker country and date from file names, e.g. `ungd` or `{country}_{*}_{year}`. */
  namePattern?: string | undefined;
  encoding?: string | undefined;
  /** Reads at most this many articles (what cannot be read does not count): a sample of a large corpus. */
  limit?: number | undefined;
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
 * committed and a rerun continues. An article that cannot be read or stored is a failure, named
 * by its file (and line), and the batch goes on; a bad option (an unknown speaker country or
 * name-pattern field) throws before anything is read.
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
  const overrides = sourceOverrides(options);
  const pool = new AnalysisPool(options.workers);
  const handle = articleHandler({ store: options.store, overrides, pool, summary, fail });
  // Enough in flight to keep every worker busy while the writer commits.
  const window = Math.max(2, pool.size * 3);
  const inFlight = new Set<Promise<void>>();
  let taken = 0;

  try {
    for await (const item of articleSources(options.paths, { encoding: options.encoding })) {
      // One turn of the event loop per article: analysed on this thread, a batch would otherwise hold
      // off signals, timers and a watch for a dead launcher until its very end.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (pool.broken) throw pool.broken;
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      if ('failure' in item) {
        fail(item.failure);
        continue;
      }
      if (options.limit !== undefined && taken++ >= options.limit) break;
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

/**
 * Stores one article read from a source: checked, skipped when its text is stored, analysed on
 * the pool, then committed by one writer, in order, one transaction per article.
 */
function articleHandler(batch: {
  store: Store;
  overrides: SourceOverrides;
  pool: AnalysisPool;
  summary: IngestSummary;
  fail: (failure: ReadFailure) => void;
}): (source: SourceArticle) => Promise<void> {
  const { store, overrides, pool, summary, fail } = batch;
  const version = engineVersion();
  let writes = Promise.resolve();
  return async (source) => {
    const input = fromSource(source, overrides);
    if ('message' in input) return fail(input);
    let prepared;
    try {
      prepared = prepareArticle(input);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return fail({ origin: source.origin, message: plainMessage(error) });
    }
    if (await storedId(store, prepared.article.text)) {
      summary.duplicates++;
      return;
    }
    let result;
    try {
      result = await pool.analyze(prepared.task);
    } catch (error) {
      // Workers that cannot start would fail every article alike: one clear error stops the batch.
      if (pool.broken) throw pool.broken;
      return fail({ origin: source.origin, message: `analysis failed: ${messageWithCause(error)}` });
    }
    const write = writes.then(async () => {
      const saved = await saveAnalysed(store, prepared, result, version);
      if (saved.status === 'duplicate') summary.duplicates++;
      else {
        summary.ingested++;
        summary.bytes += Buffer.byteLength(prepared.article.text);
      }
    });
    writes = write.catch(() => undefined);
    try {
      await write;
    } catch (error) {
      // A database that cannot be reached would fail every article alike: one clear error stops the batch.
      if (error instanceof StoreError && error.code === 'unavailable') throw error;
      fail({ origin: source.origin, message: `not stored: ${messageWithCause(error)}` });
    }
  };
}

// Checked before the first article is read: a bad option would fail every article alike.
function sourceOverrides(options: IngestOptions): SourceOverrides {
  const pattern = options.namePattern;
  return {
    language: options.language,
    date: options.date,
    speakerCountry: options.speakerCountry ? countryCode(options.speakerCountry) : undefined,
    fromName: pattern ? { read: namePattern(pattern), pattern } : undefined,
  };
}
