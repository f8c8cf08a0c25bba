import { engineVersion } from '@accord/stance';
import type { Store } from '@accord/store';
import { plainMessage } from './error.js';
import { AnalysisPool } from './pool.js';
import type { ReadFailure } from './source.js';

export interface ReanalyzeOptions {
  store: Store;
  /** Analysis threads, as for `ingest`. */
  workers?: number | undefined;
  /** An article that could not be re-read: `origin` is its id. */
  onFailure?: ((failure: ReadFailure) => void) | undefined;
}

export interface ReanalyzeSummary {
  reanalyzed: number;
  failed: number;
  /** The version the articles now carry. */
  engineVersion: string;
}

const PAGE = 200;

/**
 * Re-reads every stored article that another engine version analysed, keeping its date and
 * speaker country, and replaces its analysis in one transaction. An article that fails stays as
 * it was and is reported once; the others go on.
 *
 * @example
 * await reanalyze({ store, workers: 0 }); // { reanalyzed: 12, failed: 0, engineVersion: '0.4.0+3f2a…' }
 */
export async function reanalyze(options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const { store } = options;
  const version = engineVersion();
  const pool = new AnalysisPool(options.workers);
  let done = 0;
  const failedIds = new Set<string>();
  try {
    // A failed article stays stale, so each page asks for that many more ids and skips them:
    // one bad article must not stop the thousands behind it, nor be retried forever.
    for (;;) {
      const ids = (await store.staleArticles(version, PAGE + failedIds.size)).filter((id) => !failedIds.has(id));
      const before = done + failedIds.size;
      if (ids.length === 0) break;
      await Promise.all(
        ids.map(async (id) => {
          const article = await store.getArticle(id);
          if (!article) return;
          try {
            const { analysis } = await pool.analyze({
              text: article.text,
              language: article.language,
              date: article.date ?? undefined,
              speakerCountry: article.speakerCountry ?? undefined,
            });
            await store.replaceAnalysis(id, analysis, version);
            done++;
          } catch (error) {
            if (pool.broken) throw pool.broken;
            failedIds.add(id);
            options.onFailure?.({ origin: id, message: plainMessage(error) });
          }
        }),
      );
      // Articles deleted meanwhile are neither done nor failed: a page that moved nothing ends it.
      if (done + failedIds.size === before) break;
    }
  } finally {
    await pool.close();
  }
  return { reanalyzed: done, failed: failedIds.size, engineVersion: version };
}
