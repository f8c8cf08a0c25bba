import type { CountryForm, Entry, Language, Role } from '@accord/lexicon';
import type { Clitics, NormalizedText, Span, Token } from '@accord/text';

/** A lexicon phrase found in the text: tokens `[start, end)` of the article. */
export interface Mention {
  start: number;
  end: number;
  entry: Entry;
  /** Clitics on the first word before the matched form (و, ب, ل, ال...). */
  clitic: Readonly<Clitics>;
  /** The last word matched only once a pronoun suffix was removed. */
  suffixed?: boolean;
}

export type ActorKind = 'person' | 'state' | 'body' | 'group';

/** Someone who speaks or is named as a party: a person, a state (ministry, capital), a non-state body. */
export interface Actor {
  id: number;
  name: string;
  /** The state the actor speaks for; null for non-state bodies, non-officials and unknown states. */
  country: string | null;
  role: Role | 'state' | 'body' | 'unknown';
  kind: ActorKind;
  /** Spans in the normalised text. */
  mentions: Span[];
}

/** Who speaks in a clause and for which countries. */
export interface Speaker {
  actor: Actor;
  /** Countries the statement speaks for: one, several for a joint statement, none for non-state. */
  countries: string[];
  joint: boolean;
  how: 'named' | 'continued' | 'narrated' | 'given';
}

export interface ParsedClause extends Span {
  tokenStart: number;
  tokenEnd: number;
  speaker: Speaker | null;
  /** Countries that hold what the clause states; a coordinated subject ("مصر وروسيا تعملان") adds to the speaker's. */
  holders: string[];
  joint: boolean;
}

export interface ParsedSentence extends Span {
  paragraph: number;
  tokenStart: number;
  tokenEnd: number;
  mentions: Mention[];
  clauses: ParsedClause[];
  /** Issues the sentence mentions (terms, or countries tied to an issue). */
  issues: string[];
}

export interface ParsedArticle {
  language: Language;
  text: string;
  norm: NormalizedText;
  tokens: Token[];
  sentences: ParsedSentence[];
  actors: Actor[];
  /** Countries of the named officials, in order of first appearance: the parties of the meeting. */
  parties: string[];
  /** The article's year, from its date: who held an office then. */
  year: number | undefined;
}

export type { CountryForm };
