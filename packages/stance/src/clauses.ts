import { issuesNamed, type ParsedArticle, type ParsedClause } from '@accord/parser';
import { pairCountries } from './pairs.js';
import type { Evidence } from './schema.js';
import type { ClauseView } from './types.js';

/**
 * A clause as the position and signal readers see it: its mentions and issues, its holders (both
 * parties of an agreement it states) and its evidence span.
 *
 * @example
 * viewClause({ article, lexicon, sentence, clause, topic: ['syria'], agentNouns }).holders; // ['EG']
 */
export function viewClause(base: Pick<ClauseView, 'article' | 'lexicon' | 'sentence' | 'clause' | 'topic' | 'agentNouns'>): ClauseView {
  const { article, lexicon, sentence, clause } = base;
  const inClause = sentence.mentions.filter((m) => m.start >= clause.tokenStart && m.end <= clause.tokenEnd);
  const clauseIssues = issuesNamed(lexicon, inClause);
  let holders = clause.holders;
  let joint = clause.joint;
  // "التوافق بين مصر والكويت حيال ... مكافحة الإرهاب": what a stated agreement covers is held by both (rule 2).
  if (holders.length > 0 && !joint && inClause.some((m) => m.entry.kind === 'agree')) {
    const pair = pairCountries(article, lexicon, sentence, clause, new Set([...clauseIssues, ...sentence.issues]));
    if (pair.length >= 2 && pair.some((c) => holders.includes(c))) {
      holders = pair;
      joint = true;
    }
  }
  // One literal with every field in one order: every view has the same shape for the readers.
  return {
    article,
    lexicon,
    sentence,
    clause,
    holders,
    joint,
    inClause,
    clauseIssues,
    clauseHits: [],
    topic: base.topic,
    evidence: evidenceOf(article, clause, joint),
    agentNouns: base.agentNouns,
  };
}

function evidenceOf(article: ParsedArticle, clause: ParsedClause, joint: boolean): Evidence {
  const start = article.norm.map[clause.start]!;
  const end = article.norm.map[clause.end]!;
  const speaker = clause.speaker?.actor.name ?? null;
  const ev: Evidence = { start, end, text: article.text.slice(start, end), speaker };
  if (joint) ev.joint = true;
  return ev;
}
