import type { PositionHit, Signal } from './label.js';
import type { Agreement, AgreementLabel, Evidence, Position, Stance } from './schema.js';

const MAX_EVIDENCE = 8;

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

/**
 * Agreement between every pair of countries with positions on the same issue, and every pair whose
 * agreement or difference is stated. Label per ONTOLOGY.md: agreement signals only → agree,
 * difference signals only → disagree, both → mixed, none → unknown. Signals are shared codes
 * (same polarity: agree; opposite: disagree) and explicit statements. The score is
 * (agreement − difference) / (agreement + difference) over signal weights, explicit statements
 * weighing twice a shared code, so its sign follows the label.
 */
export function compareStances(stances: Stance[], signals: Signal[]): Agreement[] {
  const byIssue = new Map<string, Stance[]>();
  for (const s of stances) {
    let list = byIssue.get(s.issue);
    if (!list) byIssue.set(s.issue, (list = []));
    list.push(s);
  }
  interface Cell { a: string; b: string; issue: string; agree: number; disagree: number; explicit: boolean; evidence: Evidence[] }
  const cells = new Map<string, Cell>();
  const cell = (x: string, y: string, issue: string): Cell => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}|${issue}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { a, b, issue, agree: 0, disagree: 0, explicit: false, evidence: [] }));
    return c;
  };
  for (const [issue, list] of byIssue) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const s = list[i]!;
        const t = list[j]!;
        if (s.country === t.country) continue;
        const c = cell(s.country, t.country, issue);
        for (const p of s.positions) {
          const q = t.positions.find((x) => x.code === p.code);
          if (!q) continue;
          if (p.polarity === q.polarity) c.agree += 1;
          else c.disagree += 1;
          c.evidence.push(p.evidence[0]!, q.evidence[0]!);
        }
      }
    }
  }
  for (const sig of signals) {
    if (sig.a === sig.b) continue;
    const c = cell(sig.a, sig.b, sig.issue);
    if (sig.kind === 'agree') c.agree += 2;
    else c.disagree += 2;
    c.explicit = true;
    c.evidence.unshift(sig.evidence);
  }
  const out: Agreement[] = [];
  for (const c of cells.values()) {
    const label: AgreementLabel = c.agree > 0 && c.disagree > 0 ? 'mixed' : c.agree > 0 ? 'agree' : c.disagree > 0 ? 'disagree' : 'unknown';
    const total = c.agree + c.disagree;
    const score = total === 0 ? 0 : round((c.agree - c.disagree) / total);
    const agreement: Agreement = { a: c.a, b: c.b, issue: c.issue, label, score, explicit: c.explicit };
    const evidence = dedupeEvidence(c.evidence).slice(0, MAX_EVIDENCE);
    if (evidence.length > 0) agreement.evidence = evidence;
    out.push(agreement);
  }
  return out.sort((x, y) => x.issue.localeCompare(y.issue) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
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

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
