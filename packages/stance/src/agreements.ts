import type { Signal } from './types.js';
import type { Agreement, AgreementLabel, Evidence, Stance } from './schema.js';
import { MAX_EVIDENCE, dedupeEvidence, round } from './stances.js';

/**
 * Agreement between every pair of countries with positions on the same issue, and every pair whose
 * agreement or difference is stated. Label per ONTOLOGY.md: agreement signals only → agree,
 * difference signals only → disagree, both → mixed, none → unknown. Signals are shared codes
 * (same polarity: agree; opposite: disagree) and explicit statements. The score is
 * (agreement − difference) / (agreement + difference) over signal weights, explicit statements
 * weighing twice a shared code, so its sign follows the label.
 *
 * @example
 * compareStances(mergeStances(hits), signals); // [{ a: 'EG', b: 'RU', issue: 'syria', label: 'agree', score: 1, explicit: false, evidence: [...] }]
 */
export function compareStances(stances: Stance[], signals: Signal[]): Agreement[] {
  const byIssue = new Map<string, Stance[]>();
  for (const s of stances) {
    let list = byIssue.get(s.issue);
    if (!list) byIssue.set(s.issue, (list = []));
    list.push(s);
  }
  interface Cell {
    a: string;
    b: string;
    issue: string;
    agree: number;
    disagree: number;
    explicit: boolean;
    evidence: Evidence[];
  }
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
