/**
 * The records corpus measures read. A store returns them; so can any caller with analyses in hand
 * (see `recordsFromAnalysis`). Every record carries its article and its story: articles that print
 * the same wire story share one `storyId`, and measures count a story's statements once.
 */

export interface EvidenceRef {
  articleId: string;
  start: number;
  end: number;
  /** Exactly the article text between start and end. */
  text: string;
}

/** One position a country took in one article. */
export interface PositionRecord {
  articleId: string;
  /** Articles printing the same story share it; an article alone is its own story. */
  storyId: string;
  /** YYYY-MM-DD, or null when the article has no date. */
  date: string | null;
  country: string;
  issue: string;
  code: string;
  polarity: 1 | -1;
  confidence: number;
  evidence: EvidenceRef[];
}

/** One relation a country stated in one article: it backs (+1) or blames (-1) a country or an actor. */
export interface RelationRecord {
  articleId: string;
  storyId: string;
  date: string | null;
  source: string;
  /** A country (ISO2) or an actor id of the ontology (`houthis`, `lna`...). */
  target: string;
  issue: string;
  polarity: 1 | -1;
  confidence: number;
  evidence: EvidenceRef[];
}

/** One pairwise agreement the analysis of one article found (a < b). */
export interface AgreementRecord {
  articleId: string;
  storyId: string;
  date: string | null;
  a: string;
  b: string;
  issue: string;
  label: 'agree' | 'disagree' | 'mixed' | 'unknown';
  score: number;
  /** The text itself states the agreement or difference. */
  explicit: boolean;
  evidence: EvidenceRef[];
}

export type Bucket = 'week' | 'month' | 'year';

/** Explicit statements of agreement or difference between a pair, counted once per story. */
export interface ExplicitCounts {
  agree: number;
  disagree: number;
  /** agree / (agree + disagree), or null when neither was stated. */
  share: number | null;
}

/** One thing that moved a pair's alignment: a relation target, or a position code. */
export interface AlignmentPart {
  /** A relation target (a country, either of the pair among them, or an actor) or a position code. */
  kind: 'relation' | 'position';
  key: string;
  /** Each country's side, in [-1, 1]: blames/opposes -1 to backs/supports +1; a country backs itself; silence reads as its expected side. */
  a: number;
  b: number;
  /** The mean side of every country active on the issue: a platitude sits near +1, a condemned group near -1. */
  mean: number;
  /** Its share of the score: a cell's parts sum to its alignment (up to the parts left out). */
  contribution: number;
  /** Statements of a and b about it, newest first. */
  evidence: Array<EvidenceRef & { country: string }>;
}

export interface Alignment {
  /** In [-1, 1]: above 0 the pair departs from the common line the same way, below 0 opposite ways. */
  score: number;
  /** Stories on the issue behind the two countries' profiles. */
  stories: number;
  parts: AlignmentPart[];
}

/** One cell of an agreement matrix: countries a < b on one issue. */
export interface AgreementCell {
  a: string;
  b: string;
  issue: string;
  /** Signorino–Ritter S over the two position vectors, in [-1, 1]; null when either has no position. */
  sScore: number | null;
  /** Chance-corrected S (kappa style) in [-1, 1]; null when undefined (no variation to correct for). */
  kappa: number | null;
  /** Alignment in [-1, 1] (see `alignmentScores`): relations and the positions that split countries; null when either country says too little on the issue. */
  alignment: number | null;
  /** What moved the alignment, largest first, each with its evidence. */
  alignmentParts: AlignmentPart[];
  explicit: ExplicitCounts;
  /** Distinct articles behind the cell (positions of either country, or an agreement statement). */
  articles: number;
  /** Distinct stories behind the cell. */
  stories: number;
  /** Story-level position statements of a and b on this issue. */
  positions: number;
  /** The evidence, most recent first, capped by `evidenceLimit`. */
  evidence: Array<EvidenceRef & { country: string | null; code: string | null; polarity: 1 | -1 | null; kind: 'position' | 'agreement' }>;
}

/** Read-only: cells share evidence items, and the cells with no explicit statement share one frozen `explicit`. */
export interface AgreementMatrix {
  issue: string;
  /** Countries in the matrix, sorted. */
  countries: string[];
  /** One cell per pair with any evidence, a < b. */
  cells: AgreementCell[];
}

/** One cell of a relation matrix: how often `source` backed and blamed `target` on one issue. */
export interface RelationCell {
  /** The stating country. */
  source: string;
  /** A country (ISO2) or an actor id. */
  target: string;
  issue: string;
  /** Stories in which the source backs the target (+1). */
  backs: number;
  /** Stories in which it blames the target (-1). A story saying both counts in each. */
  blames: number;
  /** (backs - blames) / (backs + blames), in [-1, 1]. */
  net: number;
  /** Distinct articles and stories behind the cell. */
  articles: number;
  stories: number;
  /** The relations' evidence, most recent first (undated last), capped by `evidenceLimit`. */
  evidence: Array<EvidenceRef & { polarity: 1 | -1 }>;
}

/** Who backs and who blames whom on one issue: stating countries x targets. */
export interface RelationMatrix {
  issue: string;
  /** Stating countries with a cell, sorted. */
  sources: string[];
  /** Targets with a cell, sorted: countries (upper case) before actor ids. */
  targets: string[];
  /** One cell per (source, target) with any relation, by source then target. */
  cells: RelationCell[];
}

export interface TimelinePoint {
  /** Bucket start, YYYY-MM-DD (weeks start on Monday). */
  bucket: string;
  cell: AgreementCell;
}

export interface ProfileEntry {
  code: string;
  polarity: 1 | -1;
  /** Stories stating it. */
  stories: number;
  articles: number;
  first: string | null;
  last: string | null;
}

export interface CountryProfile {
  country: string;
  issues: Array<{
    issue: string;
    positions: ProfileEntry[];
    /** Story-level statements per bucket, oldest first. */
    trend: Array<{ bucket: string; statements: number; support: number; oppose: number }>;
  }>;
}
