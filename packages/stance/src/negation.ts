import type { CompiledGrammar } from '@accord/lexicon';
import type { Mention, ParsedArticle, ParsedClause, ParsedSentence } from '@accord/parser';
import { imperfectPrefix } from '@accord/text';

const NEGATION_WINDOW = 8;

/**
 * Whether a cue is negated in its clause: by plain negations close before it ("لا", "not"), an odd number
 * of them, or by words that condemn or reject it, before it ("إدانة المملكة واستنكارها") or after it
 * ("... illegal"), however many, unless a plain negation turns them back ("لا نرفض").
 */
export function isNegated(grammar: CompiledGrammar, article: ParsedArticle, sentence: ParsedSentence, clause: ParsedClause, cue: Mention): boolean {
  let count = 0;
  let condemned = false;
  for (const m of sentence.mentions) {
    if (m.start >= clause.tokenEnd) break;
    // "لا ... إلا" (nothing but) and "not only" restrict rather than negate, the إلا inside the cue too ("لن يكون إلا سياسيا").
    if (
      m.entry.kind === 'negation' &&
      m.end <= cue.start &&
      m.start >= Math.max(clause.tokenStart, cue.start - NEGATION_WINDOW) &&
      !exceptBetween(grammar, article, m.end, cue.end) &&
      !harmBetween(sentence, m.end, cue.start)
    ) {
      const word = article.tokens[m.start]!;
      if (grammar.condemn.has(word.text) || word.keys.some((k) => grammar.condemn.has(k))) condemned = true;
      else count++;
    }
    if (m.entry.kind === 'negationAfter' && m.start >= cue.end && m.start < Math.min(clause.tokenEnd, cue.end + NEGATION_WINDOW)) condemned = true;
    // "أي ضربات عسكرية أمريكية ... ستعقد جهود": what harms something valued is rejected.
    if (m.entry.kind === 'harm' && m.start >= cue.end && m.start <= cue.end + 3) condemned = true;
  }
  if (condemned) count++;
  // "ألا" (that not) and "إلا" (except) normalise alike; the hamza of the original and a following verb tell them apart.
  for (let i = Math.max(clause.tokenStart, cue.start - NEGATION_WINDOW); i < cue.start; i++) {
    const tok = article.tokens[i]!;
    const initial = grammar.thatNot.get(tok.text);
    if (initial === undefined || article.text[article.norm.map[tok.start]!] !== initial) continue;
    if (imperfectPrefix(article.tokens[i + 1]?.text ?? '')) count++;
  }
  return count % 2 === 1;
}

// "لا يمكن أن ... تقوض العملية السياسية": what is harmed is valued; the negation bears on the harm.
function harmBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  return sentence.mentions.some((m) => m.entry.kind === 'harm' && m.start >= from && m.end <= to);
}

function exceptBetween(grammar: CompiledGrammar, article: ParsedArticle, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (grammar.except.has(article.tokens[i]!.text)) return true;
  return false;
}

/** Whether a support, call or joint word stands by a cue that needs one: in its clause, or up to 12 words before it. */
export function hasTrigger(sentence: ParsedSentence, clause: ParsedClause, cue: Mention): boolean {
  return sentence.mentions.some(
    (m) =>
      (m.entry.kind === 'trigger' || m.entry.kind === 'jointVerb') &&
      (m.end <= cue.start || m.start >= cue.end) &&
      ((m.start >= clause.tokenStart && m.end <= clause.tokenEnd) || (m.end <= cue.start && cue.start - m.end <= 12)),
  );
}
