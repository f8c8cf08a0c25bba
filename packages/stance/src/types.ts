import type { CompiledLexicon } from '@accord/lexicon';
import type { Mention, ParsedArticle, ParsedClause, ParsedSentence } from '@accord/parser';
import type { Evidence } from './schema.js';

/** One position found in one clause for one country, before positions are merged. */
export interface PositionHit {
  country: string;
  issue: string;
  code: string;
  polarity: 1 | -1;
  confidence: number;
  evidence: Evidence;
}

/** A stated agreement or difference between two countries on an issue (explicit signals). */
export interface Signal {
  a: string;
  b: string;
  issue: string;
  kind: 'agree' | 'disagree';
  evidence: Evidence;
}

/** What one clause offers to the position and agreement readers: its mentions, issues, holders and evidence. */
export interface ClauseView {
  article: ParsedArticle;
  lexicon: CompiledLexicon;
  sentence: ParsedSentence;
  clause: ParsedClause;
  /** Who holds the clause: the parser's holders, or both parties of an agreement it states. */
  holders: string[];
  joint: boolean;
  inClause: Mention[];
  clauseIssues: string[];
  /** The positions the clause states, once read. */
  clauseHits: PositionHit[];
  /** The issues the sentence is about when it names none itself. */
  topic: string[];
  evidence: Evidence;
  agentNouns: Set<string>;
}
