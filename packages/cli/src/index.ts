// The command line, callable in-process
export { runCli } from './main.js';
export type { Io } from './io.js';

// Reading gold files
export { analyzeGold, loadGold, findCorpus, corpusRecord } from './gold.js';
export type { GoldArticle, CorpusCache, CorpusRecord } from './gold.js';
export { checkGold } from './gold-check.js';

// Errors
export { CliError } from './error.js';
export type { CliErrorCode } from './error.js';
