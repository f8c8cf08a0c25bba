import type { PositionHit } from './types.js';
import type { Evidence, Position, Stance } from './schema.js';

/** The most evidence spans a position or an agreement carries. */
export const MAX_EVIDENCE = 8;

/**
 * Merges position hits into stances: one position per (country, issue, code), its polarity the one
 * with the most evidence, its confidence growing with corroborating evidence.
 *
 * @example
 * mergeStances([{ country: 'EG', issue: 'syria', code: 'ceasefire', polarity: 1, confidence: 0.8, evidence }]);
 */
export function mergeStances(hits: PositionHit[]): Stance[] {
  const byKey = new Map<string, PositionHit[]>();
  for (const h of hits) {
    const key = `${h.country}|${h.issue}|${h.code}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(h);
  }
  const stances = new Map<string, Stance>();
  for (const list of byKey.values()) {
    const plus = list.filter((h) => h.polarity === 1);
    const minus = list.filter((h) => h.polarity === -1);
    const chosen = weight(plus) >= weight(minus) ? plus : minus;
    const first = chosen[0]!;
    const evidence = dedupeEvidence(chosen.map((h) => h.evidence));
    const best = Math.max(...chosen.map((h) => h.confidence));
    const confidence = Math.min(0.99, best + 0.05 * (evidence.length - 1)) * (chosen.length === list.length ? 1 : 0.8);
    const position: Position = { code: first.code, polarity: first.polarity, confidence: round(confidence), evidence: evidence.slice(0, MAX_EVIDENCE) };
    const key = `${first.country}|${first.issue}`;
    let stance = stances.get(key);
    if (!stance) stances.set(key, (stance = { country: first.country, issue: first.issue, positions: [] }));
    stance.positions.push(position);
  }
  return [...stances.values()];
}

function weight(hits: PositionHit[]): number {
  return hits.reduce((s, h) => s + h.confidence, 0);
}

/** Evidence spans without repeats (the first of each span wins), in text order. */
export function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Rounds to two decimals, as scores and confidences are given. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
