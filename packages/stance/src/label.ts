import type { CompiledLexicon } from '@accord/lexicon';
import type { ParsedArticle, ParsedSentence } from '@accord/parser';
import { viewClause } from './clauses.js';
import { clausePositions } from './positions.js';
import { relationSignals } from './merge-relations.js';
import { clauseRelations, positionRelations } from './relations.js';
import { jointSignals, statedSignals } from './signals.js';
import { isSpeech } from './speech.js';
import type { PositionHit, RelationHit, Signal } from './types.js';

/**
 * Finds positions, relations and explicit agreement signals in a parsed article: cue phrases in clauses that
 * have a speaker with a country, with negation flipping polarity, the issue taken from the clause,
 * the sentence or the sentence before, and joint statements giving the position to every party.
 *
 * @example
 * const { hits, signals } = labelPositions(parseArticle({ text }), defaultLexicon());
 * hits[0]; // { country: 'EG', issue: 'syria', code: 'ceasefire', polarity: 1, confidence: 0.85, evidence: {...} }
 */
export function labelPositions(article: ParsedArticle, lexicon: CompiledLexicon): { hits: PositionHit[]; signals: Signal[]; relations: RelationHit[] } {
  const hits: PositionHit[] = [];
  const signals: Signal[] = [];
  const relations: RelationHit[] = [];
  const agentNouns = new Set(lexicon.data.speech[article.language].agentNoun.map((w) => w.toLowerCase()));
  const dominant = dominantIssue(article);
  let previous: ParsedSentence | undefined;
  for (const sentence of article.sentences) {
    const topic = topicOf(article, lexicon, sentence, previous, dominant);
    for (const clause of sentence.clauses) {
      const view = viewClause({ article, lexicon, sentence, clause, topic, agentNouns });
      view.clauseHits = clausePositions(view);
      hits.push(...view.clauseHits);
      relations.push(...clauseRelations(view), ...positionRelations(view, view.clauseHits));
      jointSignals(view, signals);
      statedSignals(view, signals);
    }
    previous = sentence; // one sentence only: a topic inherited is not passed on again
  }
  relationSignals(relations, signals);
  return { hits, signals, relations };
}

/** The issues a sentence is about: its own, else the sentence before's in the same paragraph, else the article's. */
function topicOf(
  article: ParsedArticle,
  lexicon: CompiledLexicon,
  sentence: ParsedSentence,
  previous: ParsedSentence | undefined,
  dominant: string | undefined,
): string[] {
  if (sentence.issues.length > 0) return sentence.issues;
  // The topic carries only from the sentence just before, in the same paragraph ("في هذا الشأن", "on this").
  const foreign = foreignTopic(article, lexicon, sentence);
  const inherited = previous && previous.paragraph === sentence.paragraph && !foreign ? previous.issues : [];
  return inherited.length > 0 ? inherited : dominant && !foreign ? [dominant] : [];
}

/** The issue an article is about, when one issue has at least 80% of the sentences that name any (terrorism aside). */
function dominantIssue(article: ParsedArticle): string | undefined {
  // A speech moves from one matter to the next (rule 13): two sentences on Palestine do not make the
  // whole speech about it; it takes three.
  const speech = isSpeech(article);
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of article.sentences) {
    for (const issue of s.issues) {
      if (issue === 'terrorism') continue;
      counts.set(issue, (counts.get(issue) ?? 0) + 1);
      total++;
    }
  }
  for (const [issue, n] of counts) if (n >= total * 0.8 && n >= (speech ? 3 : 2)) return issue;
  return undefined;
}

// "On Myanmar, ...": a sentence about a place outside every issue starts a topic of its own. In a
// speech (rule 13) any state outside the issues does ("the Russian Federation's war against Ukraine").
function foreignTopic(article: ParsedArticle, lexicon: CompiledLexicon, sentence: ParsedSentence): boolean {
  const speech = sentence.clauses.some((c) => c.speaker?.how === 'given');
  return sentence.mentions.some((m) => {
    if (m.entry.kind !== 'country' || lexicon.issueOfCountry.has(m.entry.country) || article.parties.includes(m.entry.country)) return false;
    if (speech && !sentence.clauses.some((c) => c.speaker?.countries.includes((m.entry as { country: string }).country))) return true;
    const prev = article.tokens[m.start - 1]?.text ?? '';
    return (
      lexicon.grammar[article.language].topicPrepositions.has(prev) ||
      (m.clitic.conjunction === '' && (m.clitic.preposition === 'ب' || m.clitic.preposition === 'ل'))
    );
  });
}
