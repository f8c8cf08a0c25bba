import type { CompiledLexicon } from '@accord/lexicon';
import type { ParsedArticle, ParsedClause, ParsedSentence } from '@accord/parser';
import { isSpeech } from './speech.js';

/** The countries an agreement statement is about: named in the sentence, or "the two sides", or the speaker and a partner. */
export function pairCountries(
  article: ParsedArticle,
  lexicon: CompiledLexicon,
  sentence: ParsedSentence,
  clause: ParsedClause,
  issues: Set<string>,
  holders = clause.holders,
  joint = clause.joint,
): string[] {
  const g = lexicon.grammar[article.language];
  const named: string[] = [];
  let placeChain = false;
  for (const m of sentence.mentions) {
    if (m.entry.kind !== 'country') continue;
    // "الأوضاع في كل من اليمن وسورية وليبيا والعراق": places the agreement is about, and the list they head.
    const prev = article.tokens[m.start - 1]?.text ?? '';
    const conjunct = m.clitic.conjunction === 'و' || g.and.has(prev);
    placeChain = g.places.before(article.tokens, m.start) || (placeChain && conjunct);
    if (placeChain) continue;
    const c = m.entry.country;
    const issue = lexicon.issueOfCountry.get(c);
    if (issue && issues.has(issue)) continue; // Syria in "agreement on Syria" is the topic, not a party
    if (!named.includes(c)) named.push(c);
  }
  if (joint && holders.length > 1) return holders;
  const speakerCountries = clause.speaker?.countries ?? [];
  if (named.length >= 2) return named;
  const jointWord = sentence.mentions.some((m) => m.entry.kind === 'joint' || m.entry.kind === 'jointVerb');
  if (speakerCountries.length > 1) return speakerCountries;
  const own = speakerCountries[0];
  if (own && named.length === 1 && named[0] !== own) return [own, named[0]!];
  if (jointWord || named.length === 0 || named[0] === own) {
    // A speech's "agrees on the need to ..." names no partner: the article's other party is no side of it (rule 13).
    if (own && !jointWord && isSpeech(article)) return [];
    if (own) {
      const other = article.parties.find((c) => c !== own);
      return other ? [own, other] : [];
    }
    return article.parties.slice(0, 2);
  }
  return [];
}

/** Calls `fn` for every unordered pair of different countries in `list`. */
export function pairs(list: string[], fn: (a: string, b: string) => void): void {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i] !== list[j]) fn(list[i]!, list[j]!);
}
