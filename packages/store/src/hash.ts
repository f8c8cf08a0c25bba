import { createHash } from 'node:crypto';
import { normalizeUnicode } from '@accord/text';

/**
 * The sha256 hex digest of a text after NFC normalisation and trimming: the same story text,
 * however it was encoded or padded, has one hash.
 *
 * @example
 * contentHash(' Égypte ') === contentHash('E\u0301gypte'); // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeUnicode(text, 'NFC').trim(), 'utf8').digest('hex');
}

/**
 * An article's id: the first 16 hex digits of its content hash, so the same text is the same id.
 *
 * @example
 * articleId('Egypt supports a political solution in Syria.'); // 16 hex digits
 */
export function articleId(text: string): string {
  return contentHash(text).slice(0, 16);
}
