/**
 * The row shapes Kysely checks queries against; the migrations in `migrations/` create them.
 * Dates and timestamps are ISO text and booleans are 0/1 on both backends, so rows read the same.
 */

import type { StoredArticle } from './types.js';

/** The columns named as in `StoredArticle` share its types; the rest are snake_case. */
export interface ArticleTable extends Pick<StoredArticle, 'id' | 'title' | 'text' | 'language' | 'date' | 'source' | 'url'> {
  external_id: string | null;
  speaker_country: string | null;
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

/**
 * One row per band key and story (since 0004), naming one article of the story that carries the
 * key: the story lookup reads a few rows per candidate story, never every reprint.
 */
export interface StoryBandKeyTable {
  band: string;
  story_id: string;
  article_id: string;
}

/** The columns copied from an article, so filters on them need no join. */
interface ArticleCopy {
  article_id: string;
  story_id: string;
  date: string | null;
  language: 'ar' | 'en';
  source: string | null;
}

/** One row per position, for filtering, indexing and counting; the evidence is in `article_records`. */
export interface PositionTable extends ArticleCopy {
  /** The position's place in its article's analysis. */
  ord: number;
  country: string;
  issue: string;
  code: string;
  polarity: number;
  confidence: number;
}

/** One row per agreement (a < b), for filtering, indexing and counting. */
export interface AgreementTable extends ArticleCopy {
  ord: number;
  a: string;
  b: string;
  issue: string;
  label: 'agree' | 'disagree' | 'mixed' | 'unknown';
  score: number;
  /** 0 or 1. */
  explicit: number;
}

/**
 * One row per relation, for filtering, indexing and counting. The stating country is `country`
 * (`RelationRecord.source`): `source` is the outlet, copied from the article like every table's.
 */
export interface RelationTable extends ArticleCopy {
  ord: number;
  country: string;
  /** A country (ISO2) or an actor id (`houthis`). */
  target: string;
  issue: string;
  polarity: number;
  confidence: number;
}

/**
 * An article's positions, agreements and relations with their evidence, packed as one JSON array
 * each (`PackedPosition[]`, `PackedAgreement[]`, `PackedRelation[]` in rows.ts). Reading a corpus's
 * records is then one row per article instead of one per record, which is what makes `positions()`
 * fast on SQLite.
 */
export interface ArticleRecordsTable extends ArticleCopy {
  positions: string;
  agreements: string;
  /** Since migration 0003; '[]' for an analysis without relations. */
  relations: string;
}

export interface Tables {
  articles: ArticleTable;
  story_bands: StoryBandTable;
  story_band_keys: StoryBandKeyTable;
  positions: PositionTable;
  agreements: AgreementTable;
  relations: RelationTable;
  article_records: ArticleRecordsTable;
}
