import type { Store } from '@accord/store';
import type { AnalysisThreads } from './analysis.js';
import type { QueryCache } from './cache.js';

/** What every route reads from its context: the store, the query cache and the bearer keys. */
export interface Deps {
  store: Store;
  cache: QueryCache;
  keys: { write?: string; read?: string };
  /** False when CORS allows any origin and no API key guards writes: a browser's cross-site write is then refused. */
  crossSiteWrites: boolean;
  /** Where analyses run: worker threads, or this thread when there are none. */
  analysis: AnalysisThreads;
}

export type AppEnv = { Variables: { deps: Deps } };
