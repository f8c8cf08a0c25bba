// Records that corpus measures read
export type { AgreementRecord, EvidenceRef, PositionRecord } from './types.js';

// Near-duplicate stories
export { fingerprint, similarity, isSameStory, SAME_STORY_SIMILARITY } from './minhash.js';
export type { Fingerprint } from './minhash.js';

// Agreement across a corpus
export type { AgreementCell, AgreementMatrix, Bucket, CountryProfile, ExplicitCounts, ProfileEntry, TimelinePoint } from './types.js';
