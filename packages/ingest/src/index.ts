// Reading sources: files, folders, JSON Lines news records, HTML pages, .tar.gz archives
export { articleSources, countArticles } from './sources.js';
export type { SourceItem } from './sources.js';
export { readArticles, parseArticles } from './read.js';
export { expandPaths, isArchive } from './walk.js';
export { jsonLinesRecords } from './records.js';
export type { SourceArticle, ReadFailure, ReadResult } from './source.js';
export { extractHtml } from './html.js';
export type { ExtractedHtml } from './html.js';
export { normalizeDate } from './dates.js';
export { checkInput, inputProblem } from './validate.js';
export type { InputProblem, InputToCheck } from './validate.js';
export { namePattern } from './naming.js';
export type { NameFacts } from './naming.js';

// Country codes, relation targets and issue ids, resolved one way at every edge
export { countryCode, countryCodes, knownCountry, issueId, relationTarget, relationTargets } from './country.js';

// Analysing off the calling thread
export { AnalysisPool } from './pool.js';
export type { AnalysisTask, AnalysisResult } from './analysis-task.js';

// Analyse, fingerprint and store
export { ingest } from './ingest.js';
export type { IngestOptions, IngestProgress, IngestSummary } from './ingest.js';
export { storeArticles } from './save.js';
export type { StoreArticlesOptions } from './save.js';
export type { NewArticle } from './article.js';
export { reanalyze } from './reanalyze.js';
export type { ReanalyzeOptions, ReanalyzeSummary } from './reanalyze.js';

// Errors and their messages
export { IngestError, plainMessage, messageWithCause } from './error.js';
export type { IngestErrorCode } from './error.js';
