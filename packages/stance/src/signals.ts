import type { CompiledLexicon } from '@accord/lexicon';
import { issuesNamed, type Mention } from '@accord/parser';
import { pairCountries, pairs } from './pairs.js';
import type { ClauseView, PositionHit, Signal } from './types.js';

/**
 * Signals: a joint statement's parties agree on every issue it states a position on.
 *
 * @example
 * jointSignals(view, signals); // pushes { a: 'EG', b: 'RU', issue: 'syria', kind: 'agree', evidence } for "أكد الجانبان ..."
 */
export function jointSignals({ holders, joint, clauseHits, evidence }: ClauseView, signals: Signal[]): void {
  if (!joint || holders.length <= 1) return;
  for (const issue of new Set(clauseHits.map((h) => h.issue))) {
    pairs(holders, (a, b) => signals.push({ a, b, issue, kind: 'agree', evidence: { ...evidence, joint: true } }));
  }
}

/**
 * Signals: agreement, difference, praise and criticism words in a clause, between the countries they name.
 *
 * @example
 * statedSignals(view, signals); // pushes { a: 'RU', b: 'US', issue: 'syria', kind: 'disagree', ... } for "differences remain between Moscow and Washington over Syria"
 */
export function statedSignals(view: ClauseView, signals: Signal[]): void {
  const { lexicon, sentence, holders, joint, inClause, clauseIssues, clauseHits, topic, evidence } = view;
  for (const m of inClause) {
    const kind = m.entry.kind;
    if (kind !== 'agree' && kind !== 'disagree' && kind !== 'praise' && kind !== 'criticism') continue;
    const later = sentence.mentions.filter((x) => x.start >= m.start);
    const issues = new Set([...issuesNamed(lexicon, later).filter((i) => i !== 'terrorism' || hasTerror(later)), ...clauseIssues, ...clauseHits.map((h) => h.issue)]);
    if (kind === 'praise' || kind === 'criticism') {
      if (issues.size === 0) for (const i of topic) issues.add(i);
      // Praise of "Israel's right to self-defence" after a condemnation of terrorism is about Palestine, not terrorism.
      const nearTerror = sentence.mentions.some((x) => x.entry.kind === 'issue' && x.entry.issue === 'terrorism' && Math.abs(x.start - m.start) <= 4);
      if (issues.size > 1 && !nearTerror) issues.delete('terrorism');
      if (holders.length === 0) continue;
      const targets = targetCountries(view, m, holders, kind === 'praise');
      for (const issue of issues) {
        for (const a of holders) for (const b of targets) signals.push({ a, b, issue, kind: kind === 'praise' ? 'agree' : 'disagree', evidence });
      }
      continue;
    }
    if (issues.size === 0) continue; // "identical views on regional issues" names no issue: no signal
    const countries = pairCountries(view.article, lexicon, sentence, view.clause, issues, holders, joint);
    if (countries.length < 2) continue;
    for (const issue of issues) pairs(countries, (a, b) => signals.push({ a, b, issue, kind, evidence: { ...evidence, joint: true } }));
  }
}

function hasTerror(mentions: Mention[]): boolean {
  return mentions.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism');
}

/** Countries acting in a sentence near a praise or criticism word: named states, or adjectives of an agent noun. */
function targetCountries({ article, lexicon, sentence, clause, agentNouns }: ClauseView, cue: Mention, sources: string[], praise: boolean): string[] {
  const { placeOrPartner, company } = lexicon.grammar[article.language];
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
    } else if ((prev && placeOrPartner.has(prev.text) && !(praise && company.has(prev.text))) || m.clitic.preposition === 'ب' || m.clitic.preposition === 'ك') {
      // Prepositions of place and company; those of concern and reference ("about", "إزاء", "by") still mark a target.
      continue; // "مع سوريا", "in Syria", "بالقاهرة": a partner or a place; but solidarity "مع المملكة" names its target
    }
    if (!out.includes(m.entry.country)) out.push(m.entry.country);
  }
  return out;
}

/**
 * Backing the government a conflict is about ("دعم الشرعية في اليمن", "موسكو تساند حكومتي البلدين") is
 * support for that state's policy: an agreement signal with it (rule 12), though it states nothing itself.
 *
 * @example
 * supportSignals(lexicon, hits, signals); // a SA incumbent_government +1 hit on yemen pushes { a: 'SA', b: 'YE', kind: 'agree', ... }
 */
export function supportSignals(lexicon: CompiledLexicon, hits: PositionHit[], signals: Signal[]): void {
  for (const h of hits) {
    if (h.code !== 'incumbent_government' || h.polarity !== 1) continue;
    const states = lexicon.issues.get(h.issue)?.countries ?? [];
    if (states.length !== 1 || states[0] === h.country) continue;
    signals.push({ a: h.country, b: states[0]!, issue: h.issue, kind: 'agree', evidence: h.evidence });
  }
}
