import type { Relation } from './schema.js';
import { MAX_EVIDENCE, dedupeEvidence, round } from './stances.js';
import type { RelationHit, Signal } from './types.js';

/**
 * Merges relation hits: one relation per (source, target, issue, polarity), its evidence every
 * clause that states it, its confidence growing with corroboration. A source may both back and
 * blame one target on one issue (praise of a right, criticism of its use): both are kept.
 *
 * @example
 * mergeRelations(hits); // [{ source: 'SA', target: 'houthis', issue: 'yemen', polarity: -1, confidence: 0.85, evidence: [...] }]
 */
export function mergeRelations(hits: RelationHit[]): Relation[] {
  const byKey = new Map<string, RelationHit[]>();
  for (const h of hits) {
    const key = `${h.source}|${h.target}|${h.issue}|${h.polarity}`;
    const list = byKey.get(key);
    if (list) list.push(h);
    else byKey.set(key, [h]);
  }
  const out: Relation[] = [];
  for (const list of byKey.values()) {
    const { source, target, issue, polarity } = list[0]!;
    const evidence = dedupeEvidence(list.map((h) => h.evidence));
    const confidence = Math.min(0.99, Math.max(...list.map((h) => h.confidence)) + 0.05 * (evidence.length - 1));
    out.push({ source, target, issue, polarity, confidence: round(confidence), evidence: evidence.slice(0, MAX_EVIDENCE) });
  }
  return out.sort((x, y) => x.issue.localeCompare(y.issue) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target) || y.polarity - x.polarity);
}

/**
 * Signals: a direct relation between two countries is an agreement (+1) or a difference (-1)
 * signal for the pair on its issue (ONTOLOGY v2); relations to a shared third party are not.
 *
 * @example
 * relationSignals(hits, signals); // RU -> US terrorism -1 pushes { a: 'RU', b: 'US', issue: 'terrorism', kind: 'disagree', ... }
 */
export function relationSignals(hits: RelationHit[], signals: Signal[]): void {
  for (const h of hits) {
    if (!/^[A-Z]{2}$/.test(h.target) || h.target === h.source) continue;
    signals.push({ a: h.source, b: h.target, issue: h.issue, kind: h.polarity === 1 ? 'agree' : 'disagree', evidence: h.evidence });
  }
}
