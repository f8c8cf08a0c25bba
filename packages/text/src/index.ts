// Decoding bytes of any common encoding
export { decodeBytes, detectLanguage } from './decode.js';
export type { DecodedText } from './decode.js';
export { notTextReason } from './check.js';

// Normalisation with an exact offset map back to the original
export { normalizeText, originalSpan } from './normalize.js';
export type { NormalizedText } from './normalize.js';
export { normalizeUnicode } from './unicode.js';

// Sentences, clauses and clitic-aware tokens
export { segmentSentences } from './segment.js';
export type { Sentence, Span } from './segment.js';
export { tokenize } from './tokens.js';
export type { Token } from './tokens.js';

// Morphology: lookup forms, clitics, and the prefixes and endings that mark a verb
export {
  arabicKeys,
  withoutArticle,
  cliticsOf,
  hasClitics,
  NO_CLITICS,
  beginsWithAnd,
  underPrepositionAndArticle,
  imperfectVerb,
  dualVerb,
  imperfectPrefix,
  finiteEnding,
  possessive,
} from './morphology.js';
export type { Clitics } from './morphology.js';

// Errors
export { TextError } from './error.js';
export type { TextErrorCode } from './error.js';
