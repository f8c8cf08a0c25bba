// Speakers and attribution
export { parseArticle } from './parse.js';
export type { ParseOptions } from './parse.js';
export { findMentions } from './mentions.js';
export { issuesNamed } from './sentences.js';
export { holdsOffice } from './offices.js';
export type { Actor, ActorKind, Mention, ParsedArticle, ParsedClause, ParsedSentence, Speaker } from './types.js';
