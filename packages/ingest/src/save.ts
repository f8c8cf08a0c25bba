import { engineVersion } from '@accord/stance';
import { contentHash, type SaveResult, type Store } from '@accord/store';
import type { AnalysisResult } from './analysis-task.js';
import { prepareArticle, type NewArticle, type PreparedArticle } from './article.js';
import { IngestError, plainMessage } from './error.js';
import { AnalysisPool } from './pool.js';

/**
 * The id of the stored article with the same text, if any: checked before analysing, so a text
 * stored before costs a lookup, not an analysis.
 *
 * @example
 * await storedId(store, prepareArticle({ text }).article.text); // '3f9a0c2b7d1e4a56' or null
 */
export function storedId(store: Store, text: string): Promise<string | null> {
  return store.findByHash(contentHash(text));
}

/**
 * Saves a prepared article with its analysis and fingerprint under this engine's version; the
 * article's language is the one its analysis found (or was given).
 *
 * @example
 * await saveAnalysed(store, prepared, await pool.analyze(prepared.task)); // { id, status: 'ingested', storyId }
 */
export function saveAnalysed(store: Store, prepared: PreparedArticle, result: AnalysisResult, version = engineVersion()): Promise<SaveResult> {
  return store.saveArticle({
    article: { ...prepared.article, language: result.analysis.language },
    analysis: result.analysis,
    engineVersion: version,
    fingerprint: result.fingerprint,
  });
}

export interface StoreArticlesOptions {
  store: Store;
  articles: NewArticle[];
  /** Analysis threads; 0 (the default) analyses on the calling thread. Ignored when `pool` is given. */
  workers?: number | undefined;
  /** A pool shared with other callers (a server's); left open. */
  pool?: AnalysisPool | undefined;
}

// Between two articles the event loop serves whatever waited (a health check, a page) before
// the next article: a batch of 500 holds no request for longer than one article.
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Analyses, fingerprints and stores a batch, in order, one transaction per article. Every article
 * is checked before the first is written: a bad one throws an IngestError naming it (`article 3:
 * ...`) and stores nothing. A text stored before comes back as a `duplicate`, unanalysed. A store
 * error stops the batch; the articles before it stay stored.
 *
 * @example
 * const results = await storeArticles({ store, articles: [{ text: 'Egypt supports a ceasefire in Libya.', date: '2020-06-06' }] });
 * // [{ id: '…', status: 'ingested', storyId: '…' }]
 */
export async function storeArticles(options: StoreArticlesOptions): Promise<SaveResult[]> {
  const prepared = options.articles.map((input, k) => {
    try {
      return prepareArticle(input);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      throw new IngestError(error.code, `article ${k + 1}: ${plainMessage(error)}`, { cause: error });
    }
  });
  const { store } = options;
  const pool = options.pool ?? new AnalysisPool(options.workers ?? 0);
  const version = engineVersion();
  const results: SaveResult[] = [];
  try {
    for (const article of prepared) {
      await turn();
      const known = await storedId(store, article.article.text);
      const stored = known ? await store.getArticle(known) : null;
      if (stored) results.push({ id: stored.id, status: 'duplicate', storyId: stored.storyId });
      else results.push(await saveAnalysed(store, article, await pool.analyze(article.task), version));
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  return results;
}
