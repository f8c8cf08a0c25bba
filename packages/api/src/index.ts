// The app, to mount in any Fetch server
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export type { AppEnv } from './env.js';

// Running it on Node
export { startServer } from './server.js';
export type { RunningServer, ServerOptions, Fallback, NodeFallback, FetchFallback } from './server.js';
export { loadConfig, DEFAULT_BODY_LIMIT } from './config.js';
export type { ApiConfig } from './config.js';

// The contract: zod schemas of the requests and responses (the analysis is @accord/stance's own)
export {
  analysisSchema,
  articleInputSchema,
  articlePageSchema,
  articleSummarySchema,
  articleWithAnalysisSchema,
  agreementCellSchema,
  agreementMatrixSchema,
  agreementRecordSchema,
  countryDetailSchema,
  countryListSchema,
  countrySummarySchema,
  healthSchema,
  issueListSchema,
  issuePositionsListSchema,
  positionPageSchema,
  positionRecordSchema,
  problemSchema,
  saveResultSchema,
  timelineSchema,
} from './schemas.js';
export { actorListSchema, relationMatrixSchema, relationPageSchema, relationRecordSchema } from './schemas-relations.js';

// Errors
export { ApiError, PROBLEM_BASE } from './problem.js';
export type { ProblemBody, ProblemCode, FieldError } from './problem.js';
