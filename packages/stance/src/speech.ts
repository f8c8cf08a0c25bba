import type { ParsedArticle } from '@accord/parser';

const speeches = new WeakMap<ParsedArticle, boolean>();

/**
 * Whether the article is one speaker's statement (rule 13: a UN speech, a ministry statement given
 * with its country). Found once per article, since the labelling stages ask it per clause.
 *
 * @example
 * isSpeech(parseArticle({ text, speakerCountry: 'EG' })); // true
 */
export function isSpeech(article: ParsedArticle): boolean {
  let speech = speeches.get(article);
  if (speech === undefined) speeches.set(article, (speech = article.sentences.some((s) => s.clauses.some((c) => c.speaker?.how === 'given'))));
  return speech;
}
