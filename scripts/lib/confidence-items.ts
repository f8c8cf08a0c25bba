/**
 * Every position and relation the engine gives on a gold set, with its confidence and whether the
 * gold reading confirms it: what `pnpm calibrate` fits its curves on (train) and what
 * `scripts/calibration.ts` checks them with (dev).
 */
import { analyzeGold, loadGold } from '@accord/cli';
import type { AnalyzeOptions } from '@accord/stance';

export interface ConfidenceItem {
  confidence: number;
  right: boolean;
}

/**
 * @example
 * const { position, relation } = confidenceItems(['fixtures/real/dev']);
 */
export function confidenceItems(dirs: string[], calibration?: AnalyzeOptions['calibration']): Record<'position' | 'relation', ConfidenceItem[]> {
  const items: Record<'position' | 'relation', ConfidenceItem[]> = { position: [], relation: [] };
  for (const article of loadGold(dirs).articles) {
    const { gold } = article;
    const analysis = analyzeGold(article, calibration ? { calibration } : {});
    const positions = new Set(gold.stances.flatMap((s) => s.positions.map((p) => `${s.country} ${s.issue} ${p.code} ${p.polarity}`)));
    for (const s of analysis.stances)
      for (const p of s.positions) items.position.push({ confidence: p.confidence, right: positions.has(`${s.country} ${s.issue} ${p.code} ${p.polarity}`) });
    if (!gold.relations) continue;
    const relations = new Set(gold.relations.map((r) => `${r.source} ${r.target} ${r.issue} ${r.polarity}`));
    for (const r of analysis.relations)
      items.relation.push({ confidence: r.confidence, right: relations.has(`${r.source} ${r.target} ${r.issue} ${r.polarity}`) });
  }
  return items;
}
