// Analysing an article
export { analyze, resolveCountry } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export { engineVersion } from './version.js';
export { calibrated, fitCurve } from './calibration.js';
export type { Calibration, CalibrationCurve } from './calibration.js';

// The steps, for callers who parse once and label differently
export { labelPositions } from './label.js';
export type { PositionHit, Signal } from './types.js';
export { mergeStances } from './stances.js';
export { compareStances } from './agreements.js';

// The output contract
export { analysisSchema, agreementSchema, stanceSchema, positionSchema, evidenceSchema, actorSchema, sentenceSchema, agreementLabelSchema } from './schema.js';
export type { Analysis, Agreement, AgreementLabel, AnalysisActor, AnalysisSentence, Evidence, Position, Stance } from './schema.js';

// Scoring against gold readings
export { goldSchema, scoreArticle, summarizeScores } from './evaluate.js';
export type { Gold, ArticleScore, Score, Prf, Counts, AgreementCounts } from './evaluate.js';

// Errors
export { StanceError } from './error.js';
export type { StanceErrorCode } from './error.js';
