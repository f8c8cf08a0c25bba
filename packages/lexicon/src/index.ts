// The shipped data and its compiled form
export { defaultLexicon, defaultLexiconData } from './data.js';
export { compileLexicon, expandPhrase } from './compile.js';
export type { CompiledLexicon, Entry, Language, CountryForm, SpeechKind, AgreementKind, RelationKind } from './compile.js';

// Grammar words, read one word at a time
export { WordList, compileGrammar } from './grammar.js';
export type { CompiledGrammar } from './grammar.js';

// Matching phrases against tokens
export { PhraseMatcher, phraseWordKey } from './matcher.js';
export type { PhraseMatch } from './matcher.js';

// The data's schema and types
export { lexiconDataSchema, grammarSchema } from './schema.js';
export type {
  LexiconData,
  Country,
  Person,
  Body,
  ActorEntry,
  Collective,
  Issue,
  PositionCode,
  CueGroup,
  Role,
  SpeechWords,
  Grammar,
  AgreementWords,
  RelationWords,
  Reference,
} from './schema.js';

// Errors
export { LexiconError } from './error.js';
export type { LexiconErrorCode } from './error.js';
