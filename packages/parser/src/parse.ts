import { defaultLexicon, type CompiledLexicon, type Language } from '@accord/lexicon';
import { detectLanguage, normalizeText, segmentSentences, tokenize } from '@accord/text';
import { Context } from './context.js';
import { findMentions } from './mentions.js';
import { continued, coordinatedVerb, isVerb, toSpeaker, updateQuoteState, yearOf } from './words.js';
import type { Actor, ParsedArticle, ParsedClause, ParsedSentence, Speaker } from './types.js';

export interface ParseOptions {
  /** The article, exactly as given: every offset in the result indexes this string (after normalisation maps back). */
  text: string;
  /** Detected from the script when omitted. */
  language?: Language;
  lexicon?: CompiledLexicon;
  /** ISO date of the article; resolves a person by the years of their office. */
  date?: string;
  /** ISO alpha-2 country whose statement the whole text is (a UN General Debate speech). */
  speakerCountry?: string;
}

/**
 * Splits an article into sentences and clauses and attributes each clause to a speaker and the
 * speaker to a country: titles, known people, nationality adjectives, capitals and metonyms,
 * continuation ("وأضاف", "he added"), switches ("من جانبه"), joint subjects ("أكد الجانبان",
 * "Egypt and Russia urge") and non-state or non-official speakers (no country).
 *
 * @example
 * const article = parseArticle({ text: 'قال وزير الخارجية الروسي سيرجي لافروف إن الحل سياسي.' });
 * article.sentences[0].clauses[0].speaker?.countries; // ['RU']
 */
export function parseArticle(options: ParseOptions): ParsedArticle {
  const text = options.text;
  const language = options.language ?? detectLanguage(text);
  const lexicon = options.lexicon ?? defaultLexicon();
  const year = yearOf(options.date);
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const segments = segmentSentences(norm.text);
  const actors: Actor[] = [];
  const sentences: ParsedSentence[] = [];

  let t = 0;
  for (const seg of segments) {
    while (t < tokens.length && tokens[t]!.start < seg.start) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t]!.start < seg.end) t++;
    const tokenEnd = t;
    let c = tokenStart;
    const clauses: ParsedClause[] = seg.clauses.map((cl) => {
      while (c < tokenEnd && tokens[c]!.start < cl.start) c++;
      const cs = c;
      while (c < tokenEnd && tokens[c]!.start < cl.end) c++;
      return { start: cl.start, end: cl.end, tokenStart: cs, tokenEnd: c, speaker: null, holders: [], joint: false };
    });
    const mentions = findMentions(lexicon, language, tokens, tokenStart, tokenEnd);
    const issues = new Set<string>();
    for (const m of mentions) {
      if (m.entry.kind === 'issue') issues.add(m.entry.issue);
      else if (m.entry.kind === 'country') {
        const issue = lexicon.issueOfCountry.get(m.entry.country);
        if (issue) issues.add(issue);
      }
    }
    sentences.push({ start: seg.start, end: seg.end, paragraph: seg.paragraph, tokenStart, tokenEnd, mentions, clauses, issues: [...issues] });
  }

  const ctx = new Context(language, lexicon, tokens, norm.text, text, norm.map, actors, year, sentences);
  const parties = ctx.findParties();
  ctx.parties = parties;
  const given = options.speakerCountry ? ctx.countryActor(options.speakerCountry, []) : undefined;
  let current: Speaker | null = given ? { actor: given, countries: [options.speakerCountry!], joint: false, how: 'given' } : null;
  let quoteOpen = false;
  let currentParagraph = -1;

  for (const sentence of sentences) {
    const startsInQuote = quoteOpen;
    quoteOpen = updateQuoteState(norm.text, sentence.start, sentence.end, quoteOpen);
    const turn = ctx.transcriptTurn(sentence);
    if (turn) {
      current = turn === 'question' ? null : ctx.answerSpeaker();
      currentParagraph = sentence.paragraph;
    }
    const verbs = sentence.mentions.filter((m) => isVerb(m));
    // Each reporting verb (or marker) and the speaker it gives from its position on; `continues` verbs also cover what precedes them.
    const speakers: Array<{ at: number; speaker: Speaker | null; continues?: boolean }> = [];
    const hasSwitch = sentence.mentions.some((m) => m.entry.kind === 'switch');
    let sentenceSpeaker: Speaker | null = null;
    let lastVerbEnd = sentence.tokenStart;

    for (const verb of verbs) {
      let speaker: Speaker | null = null;
      let before = false;
      const kind = verb.entry.kind;
      // Inside a quotation, or in indirect speech after "أن"/"that", a verb reports a third party's stance.
      const quoted = kind === 'say' && sentenceSpeaker !== null && (ctx.insideQuote(tokens[verb.start]!.start) || ctx.complementBefore(sentence, verb.start));
      if (kind === 'participle') {
        speaker = sentenceSpeaker ?? continued(current);
      } else if (kind === 'jointVerb') {
        const named = ctx.resolveWindow(sentence, ctx.windowBefore(sentence, verb.start, lastVerbEnd));
        speaker = named && named.countries.length > 1 ? toSpeaker(named, 'named') : ctx.jointSpeaker(sentenceSpeaker ?? current);
      } else if (language === 'en' && sentenceSpeaker && coordinatedVerb(tokens, verb.start)) {
        // "The co-chairs condemned ... and reaffirmed ...": a coordinated verb keeps its subject.
        speaker = sentenceSpeaker;
      } else if (quoted) {
        // A verb inside a quotation ("يرفض شركاؤنا الأمريكيون ...") reports a third party's stance:
        // it speaks for its clause only when it names that party, and never replaces the quoted speaker.
        const named = ctx.resolveWindow(sentence, ctx.windowAfter(sentence, verb.end)) ?? ctx.resolveWindow(sentence, ctx.windowBefore(sentence, verb.start, lastVerbEnd));
        if (!named || named.countries.length === 0 || !sentenceSpeaker || named.countries.every((c) => sentenceSpeaker!.countries.includes(c))) continue;
        speakers.push({ at: verb.start, speaker: toSpeaker(named, 'narrated') });
        speakers.push({ at: ctx.clauseEndOf(sentence, verb.start), speaker: sentenceSpeaker });
        continue;
      } else {
        // English puts the subject after the verb only in attributions like '..., said Lavrov'.
        const inverted = language !== 'en' || verb.start === sentence.tokenStart || ctx.breakBefore(verb.start);
        let after = inverted ? ctx.resolveWindow(sentence, ctx.anchoredAfter(sentence, ctx.windowAfter(sentence, verb.end))) : undefined;
        // "ندد العربي ... وطالب أنقرة باحترام ...": a state after a verb joined by و in the same sentence is its object;
        // only a person or an office opens a new subject there.
        if (after && language === 'ar' && sentenceSpeaker && /^[وف]/.test(verb.clitic) && after.narrated) after = undefined;
        // Arabic subject-verb order ("موسكو انتقدت الولايات المتحدة"): only a subject right before the verb
        // counts, and it wins over the verb's object; a noun phrase further back is an object of something else.
        // "وشدد" after a comma opens a new coordinated clause: its subject follows it or goes on from before.
        const adjacent = ctx.endsRightBefore(sentence, verb.start) && (language === 'en' || (!/^[وف]/.test(verb.clitic) && !ctx.breakBefore(verb.start)));
        // English subjects may be long, but they end next to their verb ("..., Vassily Nebenzia, rejected"); a name
        // further back is an object of an earlier verb ("condemned Hamas's attack and reiterated").
        const near = language === 'en' ? lastVerbEnd === sentence.tokenStart || ctx.endsNear(sentence, verb.start, 3) : adjacent;
        const beforeWin = near ? ctx.resolveWindow(sentence, ctx.windowBefore(sentence, verb.start, lastVerbEnd)) : undefined;
        const first = language === 'en' || adjacent ? beforeWin ?? after : after ?? beforeWin;
        before = first !== undefined && first === beforeWin;
        if (first && before && ctx.relativeBefore(sentence, verb.start, lastVerbEnd)) {
          // "..., which Iran stated was ...": a relative clause's speaker holds that clause only.
          speakers.push({ at: verb.start, speaker: toSpeaker(first, 'narrated') });
          speakers.push({ at: ctx.clauseEndOf(sentence, verb.start), speaker: sentenceSpeaker ?? continued(current) });
          lastVerbEnd = verb.end;
          continue;
        }
        if (first) speaker = toSpeaker(first, first.narrated ? 'narrated' : 'named');
        else if (hasSwitch && current) speaker = ctx.otherParty(current) ?? continued(current);
        else if (ctx.pluralPronounBefore(verb.start, sentence)) speaker = ctx.jointSpeaker(sentenceSpeaker ?? current) ?? continued(current);
        else speaker = continued(sentenceSpeaker ?? current);
      }
      // A joint verb ("تدعمان") speaks for both parties in its clause only; the sentence's speaker stays.
      if (speaker && kind !== 'jointVerb') sentenceSpeaker = speaker;
      speakers.push({ at: verb.start, speaker, continues: kind === 'participle' || kind === 'continue' });
      lastVerbEnd = verb.end;
    }

    // "من جانبه، ثمّن وزير الخارجية اليمني ...": a switch marker names the new speaker even when the verb is unknown.
    if (hasSwitch && !speakers.some((x) => x.speaker && x.speaker.how !== 'continued')) {
      const marker = sentence.mentions.find((m) => m.entry.kind === 'switch')!;
      const named = ctx.resolveWindow(sentence, [marker.end, Math.min(sentence.tokenEnd, marker.end + 8)]);
      if (named) {
        const speaker = toSpeaker(named, 'named');
        speakers.unshift({ at: marker.end, speaker, continues: true });
        sentenceSpeaker = speaker;
      }
    }

    const headline = ctx.headlineSpeaker(sentence);
    if (headline) {
      speakers.unshift({ at: headline.at, speaker: headline.speaker });
      sentenceSpeaker ??= headline.speaker;
    }

    speakers.sort((a, b) => a.at - b.at);
    for (const clause of sentence.clauses) {
      let speaker: Speaker | null = null;
      for (const s of speakers) if (s.at < clause.tokenEnd) speaker = s.speaker;
      if (!speaker && speakers.length > 0) {
        const first = speakers[0]!;
        // "Egypt backs talks, Shoukry said": content before an attribution that closes the sentence.
        const closing = sentence.clauses[sentence.clauses.length - 1]!;
        if (first.continues || (language === 'en' && first.at >= closing.tokenStart)) speaker = first.speaker;
      }
      // A sentence with no reporting verb goes on with the speaker of its paragraph (rule 1), or of an open quote.
      if (!speaker && speakers.length === 0 && (startsInQuote || given || sentence.paragraph === currentParagraph)) speaker = continued(current);
      clause.speaker = speaker;
      ctx.assignHolders(sentence, clause);
    }
    if (sentenceSpeaker) {
      current = sentenceSpeaker;
      currentParagraph = sentence.paragraph;
    }
  }

  return { language, text, norm, tokens, sentences, actors, parties };
}
