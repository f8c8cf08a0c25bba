import { StoreError } from './error.js';
import { contentHash } from './hash.js';
import type { ArticleTable } from './tables.js';
import type { ArticleInput, SaveInput } from './types.js';

/** The article's row, once the input is checked; `story_id` is filled in when the story is known. */
export function articleRow({ article, analysis, engineVersion, fingerprint }: SaveInput): ArticleTable {
  checkArticle(article);
  requireText('engineVersion', engineVersion);
  if (!Array.isArray(fingerprint?.signature) || !Array.isArray(fingerprint.bands)) {
    throw new StoreError('invalid_input', 'fingerprint must be what @accord/corpus fingerprint(text) returns');
  }
  const text = storable(article.text);
  const hash = contentHash(text);
  return {
    id: hash.slice(0, 16),
    external_id: storableOrNull(article.externalId),
    title: storableOrNull(article.title),
    text,
    language: article.language,
    date: dayOf(article.date),
    source: storableOrNull(article.source),
    url: storableOrNull(article.url),
    speaker_country: speakerCountryOf(article.speakerCountry),
    content_hash: hash,
    story_id: '',
    engine_version: engineVersion,
    analysis: JSON.stringify(analysis),
    fingerprint: JSON.stringify(fingerprint.signature),
    ingested_at: new Date().toISOString(),
  };
}

/**
 * Throws the StoreError `invalid_input` that `saveArticle` would throw for this article, and writes
 * nothing: a caller storing a batch checks every article before the first write.
 *
 * @example
 * checkArticle({ text: 'Egypt supports a ceasefire.', language: 'en', date: '29/05/2017' }); // throws: article.date must be YYYY-MM-DD ...
 */
export function checkArticle(article: ArticleInput): void {
  requireText('article.text', article?.text);
  if (article.language !== 'ar' && article.language !== 'en') {
    throw new StoreError('invalid_input', `article.language must be 'ar' or 'en', not ${JSON.stringify(article.language)}`);
  }
  dayOf(article.date);
  speakerCountryOf(article.speakerCountry);
}

/**
 * The string with each NUL as U+FFFD. PostgreSQL text cannot hold NUL (SQLite can), so without this
 * the same input would store or match on one backend and fail on the other; U+FFFD keeps every offset.
 * Callers that analyse a text before saving it pass it through this first, so evidence spans quote
 * exactly what is stored.
 *
 * @example
 * storable('a\0b'); // 'a\uFFFDb'
 */
export function storable(value: string): string {
  return value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value;
}

function storableOrNull(value: string | null | undefined): string | null {
  return value == null ? null : storable(value);
}

function speakerCountryOf(code: string | null | undefined): string | null {
  if (code == null || code === '') return null;
  if (!/^[A-Z]{2}$/.test(code))
    throw new StoreError('invalid_input', `article.speakerCountry must be an ISO alpha-2 code such as EG, not ${JSON.stringify(code)}`);
  return code;
}

/** YYYY-MM-DD from a date or an ISO timestamp (the day as written, no time-zone shift). */
function dayOf(date: string | null | undefined): string | null {
  if (date == null || date === '') return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  if (!day) throw new StoreError('invalid_input', `article.date must be YYYY-MM-DD (or an ISO timestamp), not ${JSON.stringify(date)}`);
  return day;
}

export function requireText(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') throw new StoreError('invalid_input', `${name} must be a non-empty string`);
}
