import { jointSpeaker, otherParty } from './joint.js';
import { insideQuote } from './quotes.js';
import { breakBefore, continued, toSpeaker, type ArticleState } from './state.js';
import { resolveWindow } from './subjects.js';
import type { Mention, ParsedSentence, Speaker } from './types.js';
import {
  anchoredAfter,
  clauseEndOf,
  complementBefore,
  coordinatedVerb,
  endsNear,
  endsRightBefore,
  pluralPronounBefore,
  relativeBefore,
  windowAfter,
  windowBefore,
} from './windows.js';

/** A reporting verb (or marker) and the speaker it gives from its token on; `continues` also covers what precedes it. */
export interface Mark {
  at: number;
  speaker: Speaker | null;
  continues?: boolean;
}

/** The speaker running through the article from sentence to sentence. */
export interface Thread {
  /** Whoever spoke last: a sentence without a reporting verb may go on with them. */
  current: Speaker | null;
  /** The paragraph `current` last spoke in. */
  paragraph: number;
  quoteOpen: boolean;
  /** The whole text is one country's statement (`speakerCountry`). */
  given: boolean;
  /** That country as a speaker: every sentence starts with it again (rule 13). */
  givenSpeaker?: Speaker;
}

/** One sentence's reading of its reporting verbs. */
export interface SentencePass {
  sentence: ParsedSentence;
  marks: Mark[];
  /** The speaker the sentence's verbs have named so far. */
  speaker: Speaker | null;
  lastVerbEnd: number;
  /** The sentence holds "for his part" / "من جانبه". */
  hasSwitch: boolean;
}

/**
 * Step 4, speakers: the speaker one reporting verb, participle or joint verb gives, as a mark of the sentence.
 *
 * @example
 * readVerb(state, thread, pass, verb);
 * pass.marks.at(-1)?.speaker?.actor.name; // 'Sergey Lavrov' for "Lavrov said ..."
 */
export function readVerb(state: ArticleState, thread: Thread, pass: SentencePass, verb: Mention): void {
  const kind = verb.entry.kind;
  // Inside a quotation, or in indirect speech after "أن"/"that", a verb reports a third party's stance.
  const quoted =
    kind === 'say' && pass.speaker !== null && (insideQuote(state, state.tokens[verb.start]!.start) || complementBefore(state, pass.sentence, verb.start));
  if (kind === 'participle') speak(pass, verb, pass.speaker ?? continued(thread.current));
  else if (kind === 'jointVerb') speak(pass, verb, jointVerbSpeaker(state, thread, pass, verb));
  // "The co-chairs condemned ... and reaffirmed ...": a coordinated verb keeps its subject.
  else if (state.language === 'en' && pass.speaker && coordinatedVerb(state, verb.start)) speak(pass, verb, pass.speaker);
  else if (quoted) thirdParty(state, pass, verb);
  else reportingVerb(state, thread, pass, verb);
}

function speak(pass: SentencePass, verb: Mention, speaker: Speaker | null): void {
  const kind = verb.entry.kind;
  // A joint verb ("تدعمان") speaks for both parties in its clause only; the sentence's speaker stays.
  if (speaker && kind !== 'jointVerb') pass.speaker = speaker;
  pass.marks.push({ at: verb.start, speaker, continues: kind === 'participle' || kind === 'continue' });
  pass.lastVerbEnd = verb.end;
}

/** A dual or first-person-plural verb: the states named before it, or the parties of the meeting. */
function jointVerbSpeaker(state: ArticleState, thread: Thread, pass: SentencePass, verb: Mention): Speaker | null {
  const named = resolveWindow(state, pass.sentence, windowBefore(state, pass.sentence, verb.start, pass.lastVerbEnd));
  return named && named.countries.length > 1 ? toSpeaker(named, 'named') : jointSpeaker(state, pass.speaker ?? thread.current);
}

/**
 * A verb inside a quotation ("يرفض شركاؤنا الأمريكيون ...") reports a third party's stance: it speaks
 * for its clause only when it names that party, and never replaces the quoted speaker.
 */
function thirdParty(state: ArticleState, pass: SentencePass, verb: Mention): void {
  const { sentence, speaker } = pass;
  const named =
    resolveWindow(state, sentence, windowAfter(state, sentence, verb.end)) ??
    resolveWindow(state, sentence, windowBefore(state, sentence, verb.start, pass.lastVerbEnd));
  if (!named || named.countries.length === 0 || !speaker || named.countries.every((c) => speaker.countries.includes(c))) return;
  pass.marks.push({ at: verb.start, speaker: toSpeaker(named, 'narrated') });
  pass.marks.push({ at: clauseEndOf(sentence, verb.start), speaker });
}

/** A reporting verb: its subject after it (Arabic, English inversions) or before it, else who spoke before. */
function reportingVerb(state: ArticleState, thread: Thread, pass: SentencePass, verb: Mention): void {
  const { sentence } = pass;
  const en = state.language === 'en';
  // English puts the subject after the verb only in attributions like '..., said Lavrov'.
  const inverted = !en || verb.start === sentence.tokenStart || breakBefore(state, verb.start);
  let after = inverted ? resolveWindow(state, sentence, anchoredAfter(state, sentence, windowAfter(state, sentence, verb.end))) : undefined;
  // "ندد العربي ... وطالب أنقرة باحترام ...": a state after a verb joined by و in the same sentence is its object;
  // only a person or an office opens a new subject there.
  if (after && !en && pass.speaker && verb.clitic.conjunction !== '' && after.narrated) after = undefined;
  // Arabic subject-verb order ("موسكو انتقدت الولايات المتحدة"): only a subject right before the verb
  // counts, and it wins over the verb's object; a noun phrase further back is an object of something else.
  // "وشدد" after a comma opens a new coordinated clause: its subject follows it or goes on from before.
  const adjacent = endsRightBefore(state, sentence, verb.start) && (en || (verb.clitic.conjunction === '' && !breakBefore(state, verb.start)));
  // English subjects may be long, but they end next to their verb ("..., Vassily Nebenzia, rejected"); a name
  // further back is an object of an earlier verb ("condemned Hamas's attack and reiterated").
  const near = en ? pass.lastVerbEnd === sentence.tokenStart || endsNear(state, sentence, verb.start, 3) : adjacent;
  const beforeWin = near ? resolveWindow(state, sentence, windowBefore(state, sentence, verb.start, pass.lastVerbEnd)) : undefined;
  const first = en || adjacent ? (beforeWin ?? after) : (after ?? beforeWin);
  if (first && first === beforeWin && relativeBefore(state, sentence, verb.start, pass.lastVerbEnd)) {
    // "..., which Iran stated was ...": a relative clause's speaker holds that clause only.
    pass.marks.push({ at: verb.start, speaker: toSpeaker(first, 'narrated') });
    pass.marks.push({ at: clauseEndOf(sentence, verb.start), speaker: pass.speaker ?? continued(thread.current) });
    pass.lastVerbEnd = verb.end;
    return;
  }
  if (first) speak(pass, verb, toSpeaker(first, first.narrated ? 'narrated' : 'named'));
  else speak(pass, verb, unnamedSpeaker(state, thread, pass, verb));
}

/** No name at the verb: the other party after "for his part", both parties after "they", else who spoke before. */
function unnamedSpeaker(state: ArticleState, thread: Thread, pass: SentencePass, verb: Mention): Speaker | null {
  const current = thread.current;
  if (pass.hasSwitch && current) return otherParty(state, current) ?? continued(current);
  if (pluralPronounBefore(state, pass.sentence, verb.start)) return jointSpeaker(state, pass.speaker ?? current) ?? continued(current);
  return continued(pass.speaker ?? current);
}
