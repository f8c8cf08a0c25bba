import type { CompiledLexicon, CueGroup } from '@accord/lexicon';
import type { Mention, ParsedArticle, ParsedClause, ParsedSentence } from '@accord/parser';
import type { Evidence } from './schema.js';

/** One position found in one clause for one country, before positions are merged. */
export interface PositionHit {
  country: string;
  issue: string;
  code: string;
  polarity: 1 | -1;
  confidence: number;
  evidence: Evidence;
}

/** A stated agreement or difference between two countries on an issue (explicit signals). */
export interface Signal {
  a: string;
  b: string;
  issue: string;
  kind: 'agree' | 'disagree';
  evidence: Evidence;
}

const NEGATION_WINDOW = 8;
const CONFIDENCE = { none: 0.75, trigger: 0.6, negation: 0.7 } as const;

/**
 * Finds positions and explicit agreement signals in a parsed article: cue phrases in clauses that
 * have a speaker with a country, with negation flipping polarity, the issue taken from the clause,
 * the sentence or the sentence before, and joint statements giving the position to every party.
 */
export function labelPositions(article: ParsedArticle, lexicon: CompiledLexicon): { hits: PositionHit[]; signals: Signal[] } {
  const hits: PositionHit[] = [];
  const signals: Signal[] = [];
  const agentNouns = new Set(lexicon.data.speech[article.language].agentNoun.map((w) => w.toLowerCase()));
  let previous: ParsedSentence | undefined;
  const dominant = dominantIssue(article);

  for (const sentence of article.sentences) {
    // The topic carries only from the sentence just before, in the same paragraph ("في هذا الشأن", "on this").
    const foreign = foreignTopic(article, lexicon, sentence);
    const inherited = previous && previous.paragraph === sentence.paragraph && !foreign ? previous.issues : [];
    const topic = sentence.issues.length > 0 ? sentence.issues : inherited.length > 0 ? inherited : dominant && !foreign ? [dominant] : [];
    for (const clause of sentence.clauses) {
      const inClause = sentence.mentions.filter((m) => m.start >= clause.tokenStart && m.end <= clause.tokenEnd);
      const clauseIssues = issuesOf(inClause, lexicon);
      const clauseHits: PositionHit[] = [];
      let holders = clause.holders;
      let joint = clause.joint;
      // "التوافق بين مصر والكويت حيال ... مكافحة الإرهاب": what a stated agreement covers is held by both (rule 2).
      if (holders.length > 0 && !joint && inClause.some((m) => m.entry.kind === 'agree')) {
        const pair = pairCountries(article, lexicon, sentence, clause, new Set([...clauseIssues, ...sentence.issues]));
        if (pair.length >= 2 && pair.some((c) => holders.includes(c))) {
          holders = pair;
          joint = true;
        }
      }
      const evidence = evidenceOf(article, clause, joint);
      if (holders.length > 0) {
        // A cue that says what its negation means ("لا حل عسكري" is political_solution) outranks a plainer cue of the same code on the same words.
        const specific = inClause.filter((m) => m.entry.kind === 'cue' && m.entry.cue.negated !== undefined);
        for (const m of inClause) {
          if (m.entry.kind !== 'cue') continue;
          if (m.entry.cue.negated === undefined && specific.some((x) => x.entry.kind === 'cue' && x.entry.cue.code === (m.entry as { cue: CueGroup }).cue.code && x.start < m.end && m.start < x.end)) continue;
          const hit = readCue(article, lexicon, sentence, clause, m, m.entry.cue);
          if (!hit) continue;
          const fixed = lexicon.positions.get(hit.code)?.issue;
          const issues = fixed ? [fixed] : pickIssues(clauseIssues, sentence, topic, m, inClause);
          for (const issue of issues) {
            for (const country of holders) {
              const h: PositionHit = { country, issue, code: hit.code, polarity: hit.polarity, confidence: confidenceOf(hit.needs, clause, joint), evidence };
              hits.push(h);
              clauseHits.push(h);
            }
          }
        }
      }
      if (joint && holders.length > 1) {
        for (const issue of new Set(clauseHits.map((h) => h.issue))) {
          pairs(holders, (a, b) => signals.push({ a, b, issue, kind: 'agree', evidence: { ...evidence, joint: true } }));
        }
      }
      statedSignals({ article, lexicon, sentence, clause, holders, joint, inClause, clauseIssues, clauseHits, topic, evidence, agentNouns }, signals);
    }
    previous = sentence; // one sentence only: a topic inherited is not passed on again
  }
  supportSignals(lexicon, hits, signals);
  return { hits, signals };
}

/**
 * Backing the government a conflict is about ("دعم الشرعية في اليمن", "موسكو تساند حكومتي البلدين") is
 * support for that state's policy: an agreement signal with it (rule 12), though it states nothing itself.
 */
function supportSignals(lexicon: CompiledLexicon, hits: PositionHit[], signals: Signal[]): void {
  for (const h of hits) {
    if (h.code !== 'incumbent_government' || h.polarity !== 1) continue;
    const states = lexicon.issues.get(h.issue)?.countries ?? [];
    if (states.length !== 1 || states[0] === h.country) continue;
    signals.push({ a: h.country, b: states[0]!, issue: h.issue, kind: 'agree', evidence: h.evidence });
  }
}

/** The issue an article is about, when one issue has at least 80% of the sentences that name any (terrorism aside). */
function dominantIssue(article: ParsedArticle): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of article.sentences) {
    for (const issue of s.issues) {
      if (issue === 'terrorism') continue;
      counts.set(issue, (counts.get(issue) ?? 0) + 1);
      total++;
    }
  }
  for (const [issue, n] of counts) if (n >= total * 0.8 && n >= 2) return issue;
  return undefined;
}

// "On Myanmar, ...": a sentence about a place outside every issue starts a topic of its own.
function foreignTopic(article: ParsedArticle, lexicon: CompiledLexicon, sentence: ParsedSentence): boolean {
  return sentence.mentions.some((m) => {
    if (m.entry.kind !== 'country' || lexicon.issueOfCountry.has(m.entry.country) || article.parties.includes(m.entry.country)) return false;
    const prev = article.tokens[m.start - 1]?.text;
    return prev === 'on' || prev === 'in' || prev === 'of' || prev === 'في' || prev === 'بشأن' || prev === 'حول' || /^[بل]/.test(m.clitic);
  });
}

function readCue(article: ParsedArticle, lexicon: CompiledLexicon, sentence: ParsedSentence, clause: ParsedClause, m: Mention, cue: CueGroup) {
  const negated = isNegated(article, sentence, clause, m);
  if (cue.needs === 'negation' && !negated) return undefined;
  if (cue.needs === 'trigger' && !negated && !hasTrigger(sentence, clause, m)) return undefined;
  let code = cue.code;
  let polarity = cue.polarity as 1 | -1;
  if (negated) {
    if (cue.negated) {
      code = cue.negated.code;
      polarity = cue.negated.polarity as 1 | -1;
    } else if (lexicon.positions.get(code)?.negatable) {
      polarity = (-polarity) as 1 | -1;
    }
  }
  return { code, polarity, needs: cue.needs };
}

const EXCEPT = new Set(['الا', 'سوي', 'only', 'but']);

// "لا يمكن أن ... تقوض العملية السياسية": what is harmed is valued; the negation bears on the harm.
function harmBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  return sentence.mentions.some((m) => m.entry.kind === 'harm' && m.start >= from && m.end <= to);
}

function exceptBetween(article: ParsedArticle, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (EXCEPT.has(article.tokens[i]!.text)) return true;
  return false;
}

/** An odd number of negation or rejection words close before the cue, or a rejecting word after it, in the clause. */
function isNegated(article: ParsedArticle, sentence: ParsedSentence, clause: ParsedClause, cue: Mention): boolean {
  let count = 0;
  for (const m of sentence.mentions) {
    if (m.start >= clause.tokenEnd) break;
    // "لا ... إلا" (nothing but) and "not only" restrict rather than negate.
    if (m.entry.kind === 'negation' && m.end <= cue.start && m.start >= Math.max(clause.tokenStart, cue.start - NEGATION_WINDOW) && !exceptBetween(article, m.end, cue.start) && !harmBetween(sentence, m.end, cue.start)) count++;
    if (m.entry.kind === 'negationAfter' && m.start >= cue.end && m.start < Math.min(clause.tokenEnd, cue.end + NEGATION_WINDOW)) count++;
    // "أي ضربات عسكرية أمريكية ... ستعقد جهود": what harms something valued is rejected.
    if (m.entry.kind === 'harm' && m.start >= cue.end && m.start <= cue.end + 3) count++;
  }
  // "ألا" (that not) and "إلا" (except) normalise alike; the hamza of the original and a following verb tell them apart.
  for (let i = Math.max(clause.tokenStart, cue.start - NEGATION_WINDOW); i < cue.start; i++) {
    const tok = article.tokens[i]!;
    if (tok.text !== 'الا' || article.text[article.norm.map[tok.start]!] !== 'أ') continue;
    if (/^[تين]/.test(article.tokens[i + 1]?.text ?? '')) count++;
  }
  return count % 2 === 1;
}

function hasTrigger(sentence: ParsedSentence, clause: ParsedClause, cue: Mention): boolean {
  return sentence.mentions.some(
    (m) =>
      (m.entry.kind === 'trigger' || m.entry.kind === 'jointVerb') &&
      (m.end <= cue.start || m.start >= cue.end) &&
      ((m.start >= clause.tokenStart && m.end <= clause.tokenEnd) || (m.end <= cue.start && cue.start - m.end <= 12)),
  );
}

function confidenceOf(needs: CueGroup['needs'], clause: ParsedClause, joint: boolean): number {
  let c: number = CONFIDENCE[needs];
  const how = clause.speaker?.how;
  if (how === 'named' || how === 'given') c += 0.1;
  else if (how === 'continued') c -= 0.05;
  else if (how === 'narrated') c -= 0.05;
  if (joint) c += 0.05;
  return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100;
}

function issuesOf(mentions: Mention[], lexicon: CompiledLexicon): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.entry.kind === 'issue') out.add(m.entry.issue);
    else if (m.entry.kind === 'country') {
      const issue = lexicon.issueOfCountry.get(m.entry.country);
      if (issue) out.add(issue);
    }
  }
  return [...out];
}

// The clause's own issues first; then the sentence's (its non-terrorism issues, since fighting terrorism has codes of its own); then the topic carried from before.
// A code of its own issue-less kind goes under terrorism only when a terrorism word stands right by it ("مكافحة الإرهاب داخل مجلس الأمن").
function pickIssues(clauseIssues: string[], sentence: ParsedSentence, topic: string[], cue: Mention, inClause: Mention[]): string[] {
  const nearTerror = inClause.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism' && Math.min(Math.abs(m.start - cue.end), Math.abs(cue.start - m.end)) <= 3);
  const own = clauseIssues.filter((i) => i !== 'terrorism' || (clauseIssues.length === 1 && nearTerror));
  if (own.length > 0) return own;
  if (clauseIssues.includes('terrorism')) return [];
  // Beyond the clause, terrorism is never the issue of a code of another kind (rule 9 runs one way).
  const pool = sentence.issues.length > 0 ? sentence.issues : topic;
  return pool.filter((i) => i !== 'terrorism');
}

/** What one clause offers to the agreement readers: its mentions, issues, positions and evidence. */
interface ClauseView {
  article: ParsedArticle;
  lexicon: CompiledLexicon;
  sentence: ParsedSentence;
  clause: ParsedClause;
  /** Who holds the clause: the parser's holders, or both parties of an agreement it states. */
  holders: string[];
  joint: boolean;
  inClause: Mention[];
  clauseIssues: string[];
  clauseHits: PositionHit[];
  topic: string[];
  evidence: Evidence;
  agentNouns: Set<string>;
}

function statedSignals(view: ClauseView, signals: Signal[]): void {
  const { article, lexicon, sentence, clause, holders, joint, inClause, clauseIssues, clauseHits, topic, evidence, agentNouns } = view;
  for (const m of inClause) {
    const kind = m.entry.kind;
    if (kind !== 'agree' && kind !== 'disagree' && kind !== 'praise' && kind !== 'criticism') continue;
    const later = sentence.mentions.filter((x) => x.start >= m.start);
    const issues = new Set([...issuesOf(later, lexicon).filter((i) => i !== 'terrorism' || hasTerror(later)), ...clauseIssues, ...clauseHits.map((h) => h.issue)]);
    if (kind === 'praise' || kind === 'criticism') {
      if (issues.size === 0) for (const i of topic) issues.add(i);
      // Praise of "Israel's right to self-defence" after a condemnation of terrorism is about Palestine, not terrorism.
      const nearTerror = sentence.mentions.some((x) => x.entry.kind === 'issue' && x.entry.issue === 'terrorism' && Math.abs(x.start - m.start) <= 4);
      if (issues.size > 1 && !nearTerror) issues.delete('terrorism');
      const sources = holders;
      if (sources.length === 0) continue;
      const targets = targetCountries(article, sentence, clause, m, sources, agentNouns, kind === 'praise');
      for (const issue of issues) {
        for (const a of sources) for (const b of targets) signals.push({ a, b, issue, kind: kind === 'praise' ? 'agree' : 'disagree', evidence });
      }
      continue;
    }
    if (issues.size === 0) continue; // "identical views on regional issues" names no issue: no signal
    const countries = pairCountries(article, lexicon, sentence, clause, issues, holders, joint);
    if (countries.length < 2) continue;
    for (const issue of issues) pairs(countries, (a, b) => signals.push({ a, b, issue, kind, evidence: { ...evidence, joint: true } }));
  }
}

function hasTerror(mentions: Mention[]): boolean {
  return mentions.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism');
}

/** The countries an agreement statement is about: named in the sentence, or "the two sides", or the speaker and a partner. */
function pairCountries(article: ParsedArticle, lexicon: CompiledLexicon, sentence: ParsedSentence, clause: ParsedClause, issues: Set<string>, holders = clause.holders, joint = clause.joint): string[] {
  const named: string[] = [];
  let placeChain = false;
  for (const m of sentence.mentions) {
    if (m.entry.kind !== 'country') continue;
    // "الأوضاع في كل من اليمن وسورية وليبيا والعراق": places the agreement is about, and the list they head.
    const prev = article.tokens[m.start - 1]?.text ?? '';
    const conjunct = m.clitic.startsWith('و') || prev === 'and' || prev === 'و';
    placeChain = PLACES.has(prev) || (prev === 'من' && article.tokens[m.start - 2]?.text === 'كل') || (placeChain && conjunct);
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
    if (own) {
      const other = article.parties.find((c) => c !== own);
      return other ? [own, other] : [];
    }
    return article.parties.slice(0, 2);
  }
  return [];
}

const PLACES = new Set(['في', 'داخل', 'in', 'inside', 'within']);

// Prepositions of place and company; those of concern and reference ("about", "إزاء", "by") still mark a target.
const PLACE_OR_PARTNER = new Set(['في', 'مع', 'الي', 'بين', 'داخل', 'in', 'on', 'with', 'to', 'between', 'inside', 'into', 'within']);

/** Countries acting in a sentence near a praise or criticism word: named states, or adjectives of an agent noun. */
function targetCountries(article: ParsedArticle, sentence: ParsedSentence, clause: ParsedClause, cue: Mention, sources: string[], agentNouns: Set<string>, praise: boolean): string[] {
  const out: string[] = [];
  const isAgent = (index: number) => {
    const t = article.tokens[index];
    return t !== undefined && t.keys.some((k) => agentNouns.has(k));
  };
  for (const m of sentence.mentions) {
    // Targets stand after the cue in the sentence ("انتقد التدخل التركي") or before it in its clause ("Iran's destabilising ...").
    if (m.entry.kind !== 'country' || sources.includes(m.entry.country)) continue;
    if (m.start < cue.start && m.start < clause.tokenStart) continue;
    if (m.start - cue.end > 12) break;
    const prev = article.tokens[m.start - 1];
    if (m.entry.form === 'adjective') {
      // The adjective of an acting noun: after it in Arabic ("الممارسات العدوانية الإسرائيلية"), before it in English ("Turkish military operation").
      const agent = article.language === 'en' ? isAgent(m.end) || isAgent(m.end + 1) : isAgent(m.start - 1) || isAgent(m.start - 2);
      if (!agent) continue;
    } else if ((prev && PLACE_OR_PARTNER.has(prev.text) && !(praise && (prev.text === 'مع' || prev.text === 'with'))) || /[بك]/.test(m.clitic.replace(/(ال)+$/, ''))) {
      continue; // "مع سوريا", "in Syria", "بالقاهرة": a partner or a place; but solidarity "مع المملكة" names its target
    }
    if (!out.includes(m.entry.country)) out.push(m.entry.country);
  }
  return out;
}

function evidenceOf(article: ParsedArticle, clause: ParsedClause, joint: boolean): Evidence {
  const start = article.norm.map[clause.start]!;
  const end = article.norm.map[clause.end]!;
  const speaker = clause.speaker?.actor.name ?? null;
  const ev: Evidence = { start, end, text: article.text.slice(start, end), speaker };
  if (joint) ev.joint = true;
  return ev;
}

function pairs(list: string[], fn: (a: string, b: string) => void): void {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i] !== list[j]) fn(list[i]!, list[j]!);
}
