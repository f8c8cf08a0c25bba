import { defaultLexicon, type CompiledLexicon, type Language } from '@accord/lexicon';
import { detectLanguage, normalizeText, tokenize } from '@accord/text';
import { assignHolders } from './holders.js';
import { findParties } from './parties.js';
import { readSentences } from './sentences.js';
import { attributeSpeakers, startThread } from './speakers.js';
import type { ArticleState } from './state.js';
import type { ParsedArticle } from './types.js';

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
  const state = readArticle(options);
  state.sides = findParties(state);
  state.parties = state.sides.flat();
  const thread = startThread(state, options.speakerCountry);
  for (const sentence of state.sentences) {
    attributeSpeakers(state, thread, sentence);
    for (const clause of sentence.clauses) assignHolders(state, sentence, clause);
  }
  const { language, text, norm, tokens, sentences, actors, parties, year } = state;
  return { language, text, norm, tokens, sentences, actors, parties, year };
}

/** The year of a date in any common form ("2015-08-07", "20 Mar 2022, 20:03", "March 2019"). */
function yearOf(date: string | undefined): number | undefined {
  const m = date?.match(/(?:^|\D)((?:19|20)\d\d)(?:\D|$)/);
  return m ? Number(m[1]) : undefined;
}

/** Steps 1 and 2: the normalised text, its words, and its sentences with the phrases they mention. */
function readArticle(options: ParseOptions): ArticleState {
  const text = options.text;
  const language = options.language ?? detectLanguage(text);
  const lexicon = options.lexicon ?? defaultLexicon();
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const sentences = readSentences(lexicon, language, norm.text, tokens);
  return {
    language,
    lexicon,
    grammar: lexicon.grammar[language],
    text,
    norm,
    tokens,
    sentences,
    year: yearOf(options.date),
    speakerCountry: options.speakerCountry,
    actors: [],
    parties: [],
    sides: [],
    byKey: new Map(),
    names: new Map(),
    byRole: new Map(),
    lastGroup: undefined,
    quotes: undefined,
  };
}
