import type { CompiledLexicon, Language } from '@accord/lexicon';
import { segmentSentences, type Token } from '@accord/text';
import { findMentions } from './mentions.js';
import type { Mention, ParsedClause, ParsedSentence } from './types.js';

/**
 * Steps 1 and 2, sentences and mentions: the sentences and clauses of the normalised text, each with
 * its token range, the lexicon phrases it mentions and the issues it names. Speakers and holders are
 * filled in later.
 *
 * @example
 * const norm = normalizeText('قال لافروف إن الحل في سوريا سياسي.');
 * readSentences(defaultLexicon(), 'ar', norm.text, tokenize(norm.text))[0].issues; // ['syria']
 */
export function readSentences(lexicon: CompiledLexicon, language: Language, normText: string, tokens: Token[]): ParsedSentence[] {
  const sentences: ParsedSentence[] = [];
  let t = 0;
  for (const seg of segmentSentences(normText)) {
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
    const mentions = withoutElsewhere(lexicon, language, tokens, findMentions(lexicon, language, tokens, tokenStart, tokenEnd));
    sentences.push({
      start: seg.start,
      end: seg.end,
      paragraph: seg.paragraph,
      tokenStart,
      tokenEnd,
      mentions,
      clauses,
      issues: issuesNamed(lexicon, mentions),
    });
  }
  dropAmbiguousTerms(lexicon, language, tokens, sentences);
  return sentences;
}

/**
 * "وهو أسد بري", "بقتل الأسد سيسيل": an issue term that is also a common word names its issue only
 * with the article and when the article names that issue by some other word or state.
 */
function dropAmbiguousTerms(lexicon: CompiledLexicon, language: Language, tokens: Token[], sentences: ParsedSentence[]): void {
  const terms = lexicon.grammar[language].ambiguousTerms;
  const ambiguous = (m: Mention) => m.entry.kind === 'issue' && m.end - m.start === 1 && tokens[m.start]!.keys.some((k) => terms.has(k));
  const named = new Set(
    sentences.flatMap((s) =>
      issuesNamed(
        lexicon,
        s.mentions.filter((m) => !ambiguous(m)),
      ),
    ),
  );
  for (const s of sentences) {
    if (!s.mentions.some(ambiguous)) continue;
    s.mentions = s.mentions.filter((m) => !ambiguous(m) || (m.clitic.article && named.has((m.entry as { issue: string }).issue)));
    s.issues = issuesNamed(lexicon, s.mentions);
  }
}

/**
 * The issues mentions name: by a term, or by a country tied to an issue (Syria names `syria`).
 *
 * @example
 * issuesNamed(defaultLexicon(), article.sentences[0].mentions); // ['syria']
 */
export function issuesNamed(lexicon: CompiledLexicon, mentions: readonly Mention[]): string[] {
  const issues = new Set<string>();
  for (const m of mentions) {
    if (m.entry.kind === 'issue') issues.add(m.entry.issue);
    else if (m.entry.kind === 'country') {
      const issue = lexicon.issueOfCountry.get(m.entry.country);
      if (issue) issues.add(issue);
    }
  }
  return [...issues];
}

/**
 * Drops an issue word, or a framing reference, that another state outside every issue owns: "the
 * occupation of Crimea", "احتلال القرم" name no Palestinian matter, though "occupation" alone does.
 */
function withoutElsewhere(lexicon: CompiledLexicon, language: Language, tokens: Token[], mentions: Mention[]): Mention[] {
  const elsewhere = (m: Mention): boolean => {
    if (m.entry.kind !== 'issue' && m.entry.kind !== 'reference') return false;
    const gap = language === 'en' && tokens[m.end]?.text === 'of' ? (tokens[m.end + 1]?.text === 'the' ? 2 : 1) : 0;
    if (language === 'en' && gap === 0) return false;
    const owner = mentions.find((x) => x.start === m.end + gap);
    if (owner?.entry.kind !== 'country' || owner.entry.form === 'adjective' || owner.clitic.conjunction !== '' || owner.clitic.preposition !== '') return false;
    return !lexicon.issueOfCountry.has(owner.entry.country);
  };
  return mentions.some(elsewhere) ? mentions.filter((m) => !elsewhere(m)) : mentions;
}
