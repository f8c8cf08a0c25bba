// Decoding bytes of any common encoding
export { decodeBytes, detectLanguage } from './decode.js';
export type { DecodedText } from './decode.js';

// Normalisation with an exact offset map back to the original
export { normalizeText, originalSpan } from './normalize.js';
export type { NormalizedText } from './normalize.js';

// Sentences, clauses and clitic-aware tokens
export { segmentSentences } from './segment.js';
export type { Sentence, Span } from './segment.js';
export { tokenize, arabicKeys } from './tokens.js';
export type { Token } from './tokens.js';

// Errors
export { TextError } from './error.js';
export type { TextErrorCode } from './error.js';
