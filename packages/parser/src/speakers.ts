import { countryActor } from './actors.js';
import { headlineSpeaker } from './headlines.js';
import { updateQuoteState } from './quotes.js';
import { continued, toSpeaker, type ArticleState } from './state.js';
import { resolveWindow } from './subjects.js';
import { answerSpeaker, transcriptTurn } from './transcripts.js';
import type { ParsedClause, ParsedSentence, Speaker } from './types.js';
import { readVerb, type SentencePass, type Thread } from './verbs.js';
import { isVerb } from './mentions.js';

/**
 * The thread of speakers before the first sentence: the given country's, when the whole text is its statement.
 *
 * @example
 * startThread(state, 'SY').current?.how; // 'given'
 */
export function startThread(state: ArticleState, speakerCountry: string | undefined): Thread {
  const given = speakerCountry ? countryActor(state, speakerCountry, []) : undefined;
  const current: Speaker | null = given ? { actor: given, countries: [speakerCountry!], joint: false, how: 'given' } : null;
  return { current, paragraph: -1, quoteOpen: false, given: given !== undefined, ...(current ? { givenSpeaker: current } : {}) };
}

/**
 * Step 4, speakers: gives each clause of a sentence its speaker, from the sentence's reporting
 * verbs, a switch marker, a headline or a transcript turn, or else from the thread of who spoke
 * before; then moves the thread on.
 *
 * @example
 * for (const sentence of state.sentences) attributeSpeakers(state, thread, sentence);
 * state.sentences[1].clauses[0].speaker?.how; // 'continued' for "He added that ..."
 */
export function attributeSpeakers(state: ArticleState, thread: Thread, sentence: ParsedSentence): void {
  const startsInQuote = thread.quoteOpen;
  // Rule 13: in a speech every sentence is the speaker's again; a state it named as saying something
  // ("Russia insists") held that sentence only.
  if (thread.givenSpeaker && !startsInQuote) thread.current = thread.givenSpeaker;
  thread.quoteOpen = updateQuoteState(state.norm.text, sentence.start, sentence.end, thread.quoteOpen);
  const turn = transcriptTurn(state, sentence);
  if (turn) {
    thread.current = turn === 'question' ? null : answerSpeaker(state);
    thread.paragraph = sentence.paragraph;
  }
  const pass: SentencePass = {
    sentence,
    marks: [],
    speaker: null,
    lastVerbEnd: sentence.tokenStart,
    hasSwitch: sentence.mentions.some((m) => m.entry.kind === 'switch'),
  };
  for (const verb of sentence.mentions.filter((m) => isVerb(m))) readVerb(state, thread, pass, verb);
  switchMarker(state, pass);
  const headline = headlineSpeaker(state, sentence);
  if (headline) {
    pass.marks.unshift({ at: headline.at, speaker: headline.speaker });
    pass.speaker ??= headline.speaker;
  }
  pass.marks.sort((a, b) => a.at - b.at);
  for (const clause of sentence.clauses) clause.speaker = clauseSpeaker(state, thread, pass, clause, startsInQuote);
  if (pass.speaker) {
    thread.current = pass.speaker;
    thread.paragraph = sentence.paragraph;
  }
}

// "من جانبه، ثمّن وزير الخارجية اليمني ...": a switch marker names the new speaker even when the verb is unknown.
function switchMarker(state: ArticleState, pass: SentencePass): void {
  if (!pass.hasSwitch || pass.marks.some((x) => x.speaker && x.speaker.how !== 'continued')) return;
  const { sentence } = pass;
  const marker = sentence.mentions.find((m) => m.entry.kind === 'switch')!;
  const named = resolveWindow(state, sentence, [marker.end, Math.min(sentence.tokenEnd, marker.end + 8)]);
  if (!named) return;
  const speaker = toSpeaker(named, 'named');
  pass.marks.unshift({ at: marker.end, speaker, continues: true });
  pass.speaker = speaker;
}

/** The speaker of one clause: the last mark before its end, a mark that covers what precedes it, or the thread's. */
function clauseSpeaker(state: ArticleState, thread: Thread, pass: SentencePass, clause: ParsedClause, startsInQuote: boolean): Speaker | null {
  const { sentence, marks } = pass;
  let speaker: Speaker | null = null;
  for (const s of marks) if (s.at < clause.tokenEnd) speaker = s.speaker;
  if (!speaker && marks.length > 0) {
    const first = marks[0]!;
    // "Egypt backs talks, Shoukry said": content before an attribution that closes the sentence.
    const closing = sentence.clauses[sentence.clauses.length - 1]!;
    if (first.continues || (state.language === 'en' && first.at >= closing.tokenStart)) speaker = first.speaker;
  }
  // A sentence with no reporting verb goes on with the speaker of its paragraph (rule 1), or of an open quote;
  // in a speech (rule 13) so does what comes before a sentence's first verb ("The Council must stop ..., which call for").
  if (!speaker && (marks.length === 0 || thread.given) && (startsInQuote || thread.given || sentence.paragraph === thread.paragraph))
    speaker = continued(thread.current);
  return speaker;
}
