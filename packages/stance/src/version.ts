import { defaultLexiconData } from '@accord/lexicon';
import calibration from '../data/calibration.json' with { type: 'json' };

/**
 * Raise whenever a change to the engine's code (text, lexicon, parser, stance) can change what it
 * outputs; the lexicon's data, grammar words included, is hashed apart. `version.test.ts` fails when
 * the code changed since `ENGINE_SOURCES` was recorded, so a rule tuned in code cannot leave stored
 * analyses marked current unnoticed.
 */
export const ENGINE_REVISION = '0.4.0';

/** The digest of the engine's code (comments and layout aside) that ENGINE_REVISION was last checked against. */
export const ENGINE_SOURCES = '3100ab07';

let cached: string | undefined;

/**
 * The version of the engine that produced an analysis: the code revision plus a digest of the
 * shipped lexicon and confidence calibration, so that editing a data file also marks stored
 * analyses as stale.
 *
 * @example
 * engineVersion(); // '0.4.0+lex.1f3a9c02'
 */
export function engineVersion(): string {
  return (cached ??= `${ENGINE_REVISION}+lex.${fnv1a(JSON.stringify(defaultLexiconData) + JSON.stringify(calibration))}`);
}

/**
 * The 32-bit FNV-1a digest of a string, as 8 hex digits.
 *
 * @example
 * fnv1a(''); // '811c9dc5'
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
