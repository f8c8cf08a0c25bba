// Records that corpus measures read
export { recordsFromAnalysis } from './records.js';
export type { RecordsFromAnalysisOptions, StanceAnalysis } from './records.js';
export type { AgreementRecord, EvidenceRef, PositionRecord, RelationRecord } from './types.js';

// Near-duplicate stories
export { fingerprint, similarity, isSameStory, SAME_STORY_SIMILARITY } from './minhash.js';
export type { Fingerprint } from './minhash.js';

// Agreement across a corpus
export { alignmentScores } from './alignment.js';
export type { AlignmentOptions } from './alignment.js';
export type { Alignment, AlignmentPart } from './types.js';
export { agreementMatrix, mostEvidenced } from './matrix.js';
export type { AgreementMatrixOptions, CellMeasure } from './matrix.js';
export { pairTimeline } from './timeline.js';
export type { PairTimelineOptions } from './timeline.js';
export { relationMatrix, scopedRelationMatrix } from './relations.js';
export type { RelationMatrixOptions } from './relations.js';
export { countryProfile } from './profile.js';
export type { CountryProfileOptions } from './profile.js';
export type {
  AgreementCell,
  AgreementMatrix,
  Bucket,
  CountryProfile,
  ExplicitCounts,
  ProfileEntry,
  RelationCell,
  RelationMatrix,
  TimelinePoint,
} from './types.js';

// Which records a host's filters ask for, and reading them for a matrix
export { corpusScope, scopeRecords, scopedMatrix } from './scope.js';
export type { CorpusScope, RecordSource, ScopedRecords, ScopeInput } from './scope.js';

// The pieces the measures are built from
export { sScore, kappaScore } from './vectors.js';
export type { PositionVector } from './vectors.js';
export { bucketOf } from './bucket.js';

// Errors
export { CorpusError } from './error.js';
export type { CorpusErrorCode } from './error.js';
