import { countryActor } from './actors.js';
import type { ArticleState } from './state.js';
import type { ParsedSentence, Speaker } from './types.js';

/** "Q:" / "A:" at the start of a transcript line. */
export function transcriptTurn(state: ArticleState, sentence: ParsedSentence): 'question' | 'answer' | undefined {
  const first = state.tokens[sentence.tokenStart];
  if (!first || sentence.tokenEnd === sentence.tokenStart) return undefined;
  // "Q:", "ANSWER Singapore is ...", "REPLY 1 The question ...": a marker with a colon, or in capitals.
  const surface = state.text.slice(state.norm.map[first.start]!, state.norm.map[first.end]!);
  const capitals = surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase();
  if (state.norm.text.slice(first.end, first.end + 2).trim()[0] !== ':' && !capitals) return undefined;
  const speech = state.lexicon.data.speech[state.language];
  if (speech.question.includes(first.text)) return 'question';
  if (speech.answer.includes(first.text)) return 'answer';
  return undefined;
}

/** Who answers in a transcript: the first official named in the text. */
export function answerSpeaker(state: ArticleState): Speaker | null {
  const person = state.actors.find((a) => a.kind === 'person' && a.country);
  const country = person?.country ?? state.parties[0];
  if (!country) return null;
  return { actor: person ?? countryActor(state, country, []), countries: [country], joint: false, how: 'named' };
}
