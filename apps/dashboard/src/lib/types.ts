/**
 * The API shapes the dashboard reads. Corpus, store and analysis shapes are the packages' own
 * (type-only imports: nothing of them ships to the browser); only the API's own envelopes are
 * declared here.
 */
import type { AgreementCell, Bucket, CountryProfile as CorpusProfile, TimelinePoint } from '@accord/corpus';
import type { StoredArticle } from '@accord/store';

export type { AgreementCell, AgreementMatrix, Bucket, EvidenceRef, PositionRecord, TimelinePoint } from '@accord/corpus';
export type { ArticleWithAnalysis, Page, SaveResult } from '@accord/store';
export type { AgreementLabel, Analysis, Evidence as AnalysisEvidence } from '@accord/stance';

export type Polarity = 1 | -1;
export type CellEvidence = AgreementCell['evidence'][number];

/** Labels may arrive as `{ en, ar }` or as a plain string. */
export type Names = { en?: string; ar?: string } | string;

/** GET /agreement/timeline. */
export interface Timeline {
  a: string;
  b: string;
  issue: string;
  bucket: Bucket;
  points: TimelinePoint[];
}

export interface Partner {
  country: string;
  sScore: number | null;
  kappa?: number | null;
  stories?: number;
  articles?: number;
}

export type ProfileIssue = CorpusProfile['issues'][number] & { closest?: Partner[]; furthest?: Partner[] };

/** GET /countries/{code}: the corpus profile with names, and partners per issue. */
export interface CountryProfile {
  country: string;
  names?: Names;
  issues: ProfileIssue[];
  /** An older draft's shape: partners keyed by issue. */
  partners?: Record<string, { closest: Partner[]; furthest: Partner[] }>;
}

/** GET /countries items. */
export interface CountryItem {
  code: string;
  names: Names;
  positions: number;
}

/** GET /issues items. */
export interface IssueItem {
  id: string;
  label: Names;
}

/** GET /positions items: one per code, or one per issue listing its codes. */
export interface PositionItem {
  issue?: string;
  code?: string;
  label?: Names;
  positions?: Array<{ code: string; label?: Names }>;
}

/** GET /articles items: a stored article without its text, with a snippet. */
export type ArticleSummary = Omit<StoredArticle, 'text'> & { snippet?: string };
