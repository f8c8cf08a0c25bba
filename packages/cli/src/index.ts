// The command line, callable in-process
export { runCli } from './main.js';
export type { Io } from './main.js';

// Ingesting into a store
export { ingest } from './ingest.js';
export type { IngestOptions, IngestProgress, IngestSummary } from './ingest.js';
export { normalizeDate } from './dates.js';
export { namePattern } from './naming.js';
export type { NameFacts } from './naming.js';

// Reading articles and gold files
export { readArticles, expandPaths } from './read.js';
export type { ArticleInput, ReadFailure } from './read.js';
export { extractHtml } from './html.js';
export type { ExtractedHtml } from './html.js';
export { loadGold, findCorpus, corpusRecord } from './gold.js';
export type { GoldArticle, CorpusRecord } from './gold.js';
export { checkGold } from './gold-check.js';

// Errors
export { CliError } from './error.js';
export type { CliErrorCode } from './error.js';
