import { dualVerb, finiteEnding, imperfectVerb } from '@accord/text';
import { jointCountries } from './joint.js';
import { afterPreposition, withoutPrepositional } from './prepositions.js';
import { sentenceOf, type ArticleState } from './state.js';
import type { Mention, ParsedClause, ParsedSentence } from './types.js';

/**
 * Step 6, holders: who holds what a clause states. Usually the speaker's countries; a coordinated
 * subject ("مصر وروسيا تعملان") or a joint word makes them every party (`joint`), and a state
 * opening its clause with a verb holds the clause itself.
 *
 * @example
 * assignHolders(state, sentence, clause);
 * clause.holders; // ['EG', 'RU'] for "قال لافروف إن مصر وروسيا تعملان ..."
 */
export function assignHolders(state: ArticleState, sentence: ParsedSentence, clause: ParsedClause): void {
  readHolders(state, sentence, clause);
  // Rule 13 as the gold readings apply it: in a speech, what a clause tells of other states ("Israel must live
  // within ...", "Russia and China twice said ...", "both countries would agree ...") is no position of theirs, nor
  // plainly the speaker's; speeches' gold gives other states 4 positions in 60 texts.
  const given = state.speakerCountry;
  if (given && clause.holders.some((c) => c !== given)) {
    clause.holders = [];
    clause.joint = false;
  }
}

function readHolders(state: ArticleState, sentence: ParsedSentence, clause: ParsedClause): void {
  const inClause = sentence.mentions.filter((m) => m.start >= clause.tokenStart && m.end <= clause.tokenEnd);
  const speaker = clause.speaker;
  const subjects = coordinated(state, inClause);
  if (subjects.length >= 2 && (speaker?.countries.length ?? 0) > 0) {
    clause.holders = subjects;
    clause.joint = true;
    return;
  }
  // "أكد الجانبان", "كلا البلدين لديهما", "both sides agreed" - not "حكومتي البلدين" (the two countries' governments).
  const jointWord = inClause.find(
    (m) => (m.entry.kind === 'jointVerb' || (m.entry.kind === 'joint' && jointAsSubject(state, m, inClause))) && !afterPreposition(state, m),
  );
  if (jointWord && speaker && speaker.countries.length > 0) {
    const countries = speaker.joint ? speaker.countries : jointCountries(state, speaker);
    if (countries.length >= 2) {
      clause.holders = countries;
      clause.joint = true;
      return;
    }
  }
  // "Washington was working to get food into Gaza", "Turkey had agreed to observe the ceasefire":
  // a state opening its clause with a verb holds what the clause states (not when told what it should do).
  const subject = clauseSubject(state, clause, inClause);
  if (subject && (speaker || state.language === 'en')) {
    clause.holders = [subject];
    clause.joint = false;
    return;
  }
  clause.holders = speaker ? [...speaker.countries] : [];
  clause.joint = speaker?.joint ?? false;
}

function clauseSubject(state: ArticleState, clause: ParsedClause, inClause: Mention[]): string | undefined {
  const g = state.grammar;
  let at = clause.tokenStart;
  while (at < clause.tokenEnd && g.clauseOpeners.has(state.tokens[at]!.text)) at++;
  const m = inClause.find((x) => x.start === at && x.entry.kind === 'country' && x.entry.form !== 'adjective');
  if (!m || m.entry.kind !== 'country' || m.clitic.preposition !== '') return undefined;
  const next = state.tokens[m.end]?.text ?? '';
  const after = state.tokens[m.end + 1]?.text ?? '';
  if (g.obligation.has(next) || g.obligation.has(after)) return undefined;
  const verb = state.language === 'en' ? g.finiteVerbs.has(next) || finiteEnding(next) : imperfectVerb(next) && !g.prepositions.has(next);
  return verb ? m.entry.country : undefined;
}

// "روسيا ومصر تعملان", "كلا من مصر وروسيا", "Egypt and Russia urge": two or more countries joined by "and".
function coordinated(state: ArticleState, inClause: Mention[]): string[] {
  const countries = withoutPrepositional(
    state,
    inClause.filter((m) => m.entry.kind === 'country' && m.entry.form !== 'adjective'),
  );
  for (let k = 0; k + 1 < countries.length; k++) {
    const a = countries[k]!;
    const b = countries[k + 1]!;
    const between = state.tokens.slice(a.end, b.start).map((t) => t.text);
    const joined =
      (state.language === 'ar' && between.length === 0 && b.clitic.conjunction === 'و') || (between.length === 1 && state.grammar.and.has(between[0]!));
    if (joined && !continuesList(state, a) && inSubjectPosition(state, a, b, inClause)) {
      const out = [(a.entry as { country: string }).country, (b.entry as { country: string }).country];
      return out[0] === out[1] ? [] : out;
    }
  }
  return [];
}

function jointAsSubject(state: ArticleState, m: Mention, inClause: Mention[]): boolean {
  // "urged both sides to", "expressed hope that both sides would", "دعا الجانبين إلى": the parties are addressed, not speaking.
  for (let i = Math.max(0, m.start - 6); i < m.start; i++) if (state.grammar.call.has(state.tokens[i]!.text)) return false;
  const before = state.tokens[m.start - 1];
  if (!before || m.start <= Math.min(...inClause.map((x) => x.start))) return true;
  if (state.grammar.complementizers.has(before.text) || state.grammar.both.has(before.text)) return true;
  // Right after a verb ("أكد الجانبان"), or right before one ("both sides agreed").
  return inClause.some(
    (x) => (x.end === m.start || x.start === m.end) && (x.entry.kind === 'say' || x.entry.kind === 'jointVerb' || x.entry.kind === 'continue'),
  );
}

// "أن روسيا ومصر تعملان", "كلا من مصر وروسيا تحث", "Egypt and Russia urge": a pair heading its clause or
// complement, or followed by its verb - not one inside a phrase ("بما في ذلك السعودية وتركيا لتشكيل").
function inSubjectPosition(state: ArticleState, a: Mention, b: Mention, inClause: Mention[]): boolean {
  const before = state.tokens[a.start - 1]?.text ?? '';
  const clauseStart = openerEnd(state, inClause);
  if (a.start <= clauseStart || state.grammar.complementizers.has(before) || state.grammar.both.before(state.tokens, a.start)) return true;
  if (inClause.some((m) => m.start === b.end && (m.entry.kind === 'jointVerb' || m.entry.kind === 'say'))) return true;
  const next = state.tokens[b.end]?.text ?? '';
  // An Arabic dual verb (تعملان, يؤكدان) or an English finite verb (agreed, urges) right after the pair.
  return dualVerb(next) || (state.language === 'en' && finiteEnding(next));
}

// "... to London, Paris, Moscow and Washington": the tail of a comma list is no subject of its own.
function continuesList(state: ArticleState, first: Mention): boolean {
  const prev = state.tokens[first.start - 1];
  if (!prev) return false;
  const between = state.norm.text.slice(prev.end, state.tokens[first.start]!.start);
  if (!/[,،]/.test(between)) return false;
  return sentenceOf(state, first.start - 1)?.mentions.some((m) => m.entry.kind === 'country' && m.end === first.start) ?? false;
}

// The first word of a clause's own, past openers ("و", "كما", "that"): "أنا أقصد قطر وتركيا" has no pair heading it.
function openerEnd(state: ArticleState, inClause: Mention[]): number {
  let at = Math.min(...inClause.map((m) => m.start));
  const sentence = sentenceOf(state, at);
  const clause = sentence?.clauses.find((c) => c.tokenStart <= at && at < c.tokenEnd);
  if (!clause) return at;
  at = clause.tokenStart;
  while (at < clause.tokenEnd && state.grammar.clauseOpeners.has(state.tokens[at]!.text)) at++;
  return at;
}
