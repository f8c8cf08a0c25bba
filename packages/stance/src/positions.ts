import type { CompiledLexicon, CueGroup } from '@accord/lexicon';
import type { Mention, ParsedClause, ParsedSentence } from '@accord/parser';
import { hasTrigger, isNegated } from './negation.js';
import type { ClauseView, PositionHit } from './types.js';

const CONFIDENCE = { none: 0.75, trigger: 0.6, negation: 0.7 } as const;

/**
 * Positions: what a clause states, each cue phrase in it read for negation and trigger, under its
 * issue, for every country that holds the clause.
 *
 * @example
 * clausePositions(viewClause({ article, lexicon, sentence, clause, topic: [], agentNouns }));
 * // [{ country: 'EG', issue: 'syria', code: 'political_solution', polarity: 1, confidence: 0.85, evidence }]
 */
export function clausePositions(view: ClauseView): PositionHit[] {
  const { lexicon, sentence, clause, holders, joint, inClause, clauseIssues, topic, evidence } = view;
  const hits: PositionHit[] = [];
  if (holders.length === 0) return hits;
  // A cue that says what its negation means ("لا حل عسكري" is political_solution) outranks a plainer cue of the same code on the same words.
  const specific = inClause.filter((m) => m.entry.kind === 'cue' && m.entry.cue.negated !== undefined);
  for (const m of inClause) {
    if (m.entry.kind !== 'cue') continue;
    if (
      m.entry.cue.negated === undefined &&
      specific.some((x) => x.entry.kind === 'cue' && x.entry.cue.code === (m.entry as { cue: CueGroup }).cue.code && x.start < m.end && m.start < x.end)
    )
      continue;
    const hit = readCue(view, m, m.entry.cue);
    if (!hit) continue;
    const position = lexicon.positions.get(hit.code);
    const picked = position?.issue ? [position.issue] : pickIssues(clauseIssues, sentence, topic, m, inClause, allowedUnderTerrorism(lexicon, hit.code));
    // "refrain from unilateral steps" where no issue is named: the issue the code nearly always belongs to, unless a state outside the issues is named.
    const issues = picked.length === 0 && position?.usualIssue && !namesOtherState(view) ? [position.usualIssue] : picked;
    for (const issue of issues) {
      for (const country of holders)
        hits.push({ country, issue, code: hit.code, polarity: hit.polarity, confidence: confidenceOf(hit.needs, clause, joint), evidence });
    }
  }
  return hits;
}

function readCue({ article, lexicon, sentence, clause }: ClauseView, m: Mention, cue: CueGroup) {
  const negated = isNegated(lexicon.grammar[article.language], article, sentence, clause, m);
  if (cue.needs === 'negation' && !negated) return undefined;
  if (cue.needs === 'trigger' && !negated && !hasTrigger(sentence, clause, m)) return undefined;
  return { ...polarityOf(lexicon, cue, negated), needs: cue.needs };
}

/** The code and polarity a cue gives: a negated cue takes its `negated` mapping, or flips when its code is negatable. */
function polarityOf(lexicon: CompiledLexicon, cue: CueGroup, negated: boolean): { code: string; polarity: 1 | -1 } {
  if (negated && cue.negated) return { code: cue.negated.code, polarity: cue.negated.polarity as 1 | -1 };
  const polarity = cue.polarity as 1 | -1;
  return { code: cue.code, polarity: negated && lexicon.positions.get(cue.code)?.negatable ? (-polarity as 1 | -1) : polarity };
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

// The clause's own issues first; then the sentence's (its non-terrorism issues, since fighting terrorism has codes of its own); then the topic carried from before.
// A code of its own issue-less kind goes under terrorism only when a terrorism word stands right by it ("مكافحة الإرهاب داخل مجلس الأمن").
function pickIssues(clauseIssues: string[], sentence: ParsedSentence, topic: string[], cue: Mention, inClause: Mention[], terrorOk: boolean): string[] {
  const nearTerror =
    terrorOk &&
    inClause.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism' && Math.min(Math.abs(m.start - cue.end), Math.abs(cue.start - m.end)) <= 3);
  const own = clauseIssues.filter((i) => i !== 'terrorism' || (clauseIssues.length === 1 && nearTerror));
  if (own.length > 0) return own;
  if (clauseIssues.includes('terrorism')) return [];
  // Beyond the clause, terrorism is never the issue of a code of another kind (rule 9 runs one way).
  const pool = sentence.issues.length > 0 ? sentence.issues : topic;
  return pool.filter((i) => i !== 'terrorism');
}

/** Whether the sentence names a state outside every issue, not holding it ("unilateral measures" on Cyprus or Cuba). */
function namesOtherState({ lexicon, sentence, holders }: ClauseView): boolean {
  return sentence.mentions.some((m) => m.entry.kind === 'country' && !lexicon.issueOfCountry.has(m.entry.country) && !holders.includes(m.entry.country));
}

// "لدحر داعش وإرساء الأمن والاستقرار": restoring security said of ISIS is no code the terrorism issue lists.
function allowedUnderTerrorism(lexicon: CompiledLexicon, code: string): boolean {
  const codes = lexicon.issues.get('terrorism')?.codes;
  return codes === undefined || codes.includes(code);
}
