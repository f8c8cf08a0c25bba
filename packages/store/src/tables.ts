/**
 * The row shapes Kysely checks queries against; the migrations in `migrations/` create them.
 * Dates and timestamps are ISO text and booleans are 0/1 on both backends, so rows read the same.
 */

import type { StoredArticle } from './types.js';

/** The columns named as in `StoredArticle` share its types; the rest are snake_case. */
export interface ArticleTable extends Pick<StoredArticle, 'id' | 'title' | 'text' | 'language' | 'date' | 'source' | 'url'> {
  external_id: string | null;
  content_hash: string;
  story_id: string;
  engine_version: string;
  /** The `Analysis` as JSON. */
  analysis: string;
  /** The MinHash signature as a JSON array. */
  fingerprint: string;
  /** ISO timestamp. */
  ingested_at: string;
}

/** One row per LSH band key of an article: the near-duplicate lookup is an exact match on `band`. */
export interface StoryBandTable {
  band: string;
  article_id: string;
}

/** The columns positions and agreements copy from their article, so filters need no join. */
interface ArticleCopy {
  article_id: string;
  /** The record's place in its article's analysis, so records come back in reading order. */
  ord: number;
  story_id: string;
  date: string | null;
  language: 'ar' | 'en';
  source: string | null;
}

export interface PositionTable extends ArticleCopy {
  country: string;
  issue: string;
  code: string;
  polarity: number;
  confidence: number;
  /** `[start, end, text]` triples as JSON. */
  evidence: string;
}

export interface AgreementTable extends ArticleCopy {
  a: string;
  b: string;
  issue: string;
  label: 'agree' | 'disagree' | 'mixed' | 'unknown';
  score: number;
  /** 0 or 1. */
  explicit: number;
  /** `[start, end, text]` triples as JSON. */
  evidence: string;
}

export interface Tables {
  articles: ArticleTable;
  story_bands: StoryBandTable;
  positions: PositionTable;
  agreements: AgreementTable;
}
