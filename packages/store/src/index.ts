// Opening a store
export { openStore, DEFAULT_DATABASE_URL } from './store.js';
export type { OpenStoreOptions } from './store.js';

// The contract
export type {
  ArticleInput,
  ArticleWithAnalysis,
  CorpusFilter,
  Page,
  RelationFilter,
  SaveInput,
  SaveResult,
  Store,
  StoreStats,
  StoredArticle,
} from './types.js';

// Reading every page
export { everyArticle } from './every.js';

// Article identity
export { articleId, contentHash } from './hash.js';
export { checkArticle, storable } from './input.js';

// Errors
export { StoreError } from './error.js';
export type { StoreErrorCode } from './error.js';
