import { defaultLexiconData } from '@accord/lexicon';

/** Raise whenever the engine's code changes what it outputs; the lexicon's data is hashed apart. */
const ENGINE_CODE_VERSION = '0.2.0';

let cached: string | undefined;

/**
 * The version of the engine that produced an analysis: the code version plus a digest of the
 * shipped lexicon, so that editing a data file also marks stored analyses as stale.
 *
 * @example
 * engineVersion(); // '0.2.0+lex.1f3a9c02'
 */
export function engineVersion(): string {
  if (cached) return cached;
  const json = JSON.stringify(defaultLexiconData);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (cached = `${ENGINE_CODE_VERSION}+lex.${(h >>> 0).toString(16).padStart(8, '0')}`);
}
