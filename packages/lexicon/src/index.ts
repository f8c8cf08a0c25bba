// The shipped data and its compiled form
export { defaultLexicon, defaultLexiconData } from './data.js';
export { compileLexicon, expandPhrase } from './compile.js';
export type { CompiledLexicon, Entry, Language, CountryForm, SpeechKind, AgreementKind } from './compile.js';

// Matching phrases against tokens
export { PhraseMatcher, phraseWordKey } from './matcher.js';
export type { PhraseMatch } from './matcher.js';

// The data's schema and types
export { lexiconDataSchema } from './schema.js';
export type { LexiconData, Country, Person, Body, ActorEntry, Issue, PositionCode, CueGroup, Role, SpeechWords, AgreementWords } from './schema.js';

// Errors
export { LexiconError } from './error.js';
export type { LexiconErrorCode } from './error.js';
