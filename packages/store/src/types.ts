import type { AgreementRecord, CorpusScope, Fingerprint, PositionRecord, RelationRecord } from '@accord/corpus';
import type { Analysis } from '@accord/stance';

/** An article as ingest or the API hands it to the store. */
export interface ArticleInput {
  /** The caller's id (a JSON Lines `id`, a file name); kept as `externalId`. */
  externalId?: string | null;
  title?: string | null;
  text: string;
  language: 'ar' | 'en';
  /** YYYY-MM-DD. */
  date?: string | null;
  source?: string | null;
  url?: string | null;
  /** ISO alpha-2 of the country whose statement the whole text is (a UN speech), if any. */
  speakerCountry?: string | null;
}

export interface StoredArticle {
  /** The first 16 hex digits of the content hash: stable, and the same text is the same id. */
  id: string;
  externalId: string | null;
  title: string | null;
  text: string;
  language: 'ar' | 'en';
  date: string | null;
  source: string | null;
  url: string | null;
  speakerCountry: string | null;
  /** sha256 hex of the text after NFC and whitespace trimming. */
  contentHash: string;
  storyId: string;
  engineVersion: string;
  /** ISO timestamp. */
  ingestedAt: string;
}

export interface ArticleWithAnalysis extends StoredArticle {
  analysis: Analysis;
}

/**
 * Filters shared by every corpus query; all optional, combined with AND. The scope fields are
 * `@accord/corpus`'s `CorpusScope` (for agreements, `countries` means both sides); `q` is a
 * case-insensitive substring of the title or text.
 */
export interface CorpusFilter extends CorpusScope {
  q?: string;
}

/**
 * `relations()`'s filter: a `CorpusFilter` whose `countries` are the stating countries (a relation's
 * `source`; the filter's own `source` stays the outlet), and `targets` the countries or actor ids
 * backed or blamed.
 */
export interface RelationFilter extends CorpusFilter {
  targets?: string[];
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface SaveInput {
  article: ArticleInput;
  analysis: Analysis;
  engineVersion: string;
  /**
   * The text's MinHash fingerprint (from @accord/corpus `fingerprint`). The store looks up stored
   * articles sharing a band, and joins the story of the most similar one when `isSameStory` says so.
   */
  fingerprint: Fingerprint;
}

export interface SaveResult {
  id: string;
  status: 'ingested' | 'duplicate';
  storyId: string;
}

export interface StoreStats {
  articles: number;
  stories: number;
  positions: number;
  agreements: number;
  relations: number;
  byLanguage: Record<string, number>;
}

/**
 * One interface, two backends (SQLite through libsql, PostgreSQL through pg), one set of queries.
 * Every write is one transaction.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Stores the article and its analysis, or reports a duplicate (same content hash) untouched. */
  saveArticle(input: SaveInput): Promise<SaveResult>;
  /** The id of the article with this content hash, if stored. */
  findByHash(contentHash: string): Promise<string | null>;
  getArticle(id: string): Promise<ArticleWithAnalysis | null>;
  listArticles(filter: CorpusFilter & { cursor?: string | null; limit?: number }): Promise<Page<StoredArticle>>;
  deleteArticle(id: string): Promise<boolean>;
  /** Replaces an article's analysis (after a newer engine re-read it). */
  replaceAnalysis(id: string, analysis: Analysis, engineVersion: string): Promise<void>;
  /** Ids of articles analysed by an engine other than this one, in ingest order. */
  staleArticles(engineVersion: string, limit?: number): Promise<string[]>;
  positions(filter: CorpusFilter): Promise<PositionRecord[]>;
  agreements(filter: CorpusFilter): Promise<AgreementRecord[]>;
  /** Who backs (+1) and who blames (-1) whom, article by article (by id) and in reading order within one. */
  relations(filter: RelationFilter): Promise<RelationRecord[]>;
  stats(): Promise<StoreStats>;
  /** One cheap round trip to the database; throws a StoreError `unavailable` when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
