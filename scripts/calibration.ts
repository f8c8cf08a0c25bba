/**
 * How far the engine's confidences can be trusted: a reliability table of position (and relation)
 * confidences against a gold set, and the expected calibration error (ECE): the share-weighted gap
 * between each bin's mean confidence and the share of its items the gold confirms. A confidence of
 * 0.8 should be right about 8 times in 10; API users threshold on it.
 *
 * Usage: pnpm --silent tsx scripts/calibration.ts DIR... [--json]   (dev, not the frozen test)
 */
import { type ConfidenceItem, confidenceItems } from './lib/confidence-items.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirs = args.filter((a) => a !== '--json');
if (dirs.length === 0 || dirs.some((d) => /(^|\/)test\/?$/.test(d))) {
  console.error('usage: tsx scripts/calibration.ts DIR... [--json] (not the frozen test split)');
  process.exit(2);
}

const items = confidenceItems(dirs);

function table(list: ConfidenceItem[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, n: 0, confidence: 0, right: 0 }));
  for (const it of list) {
    const bin = bins[Math.min(9, Math.floor(it.confidence * 10))]!;
    bin.n++;
    bin.confidence += it.confidence;
    if (it.right) bin.right++;
  }
  const rows = bins
    .filter((b) => b.n > 0)
    .map((b) => ({ bin: `${b.from.toFixed(1)}-${b.to.toFixed(1)}`, n: b.n, meanConfidence: b.confidence / b.n, precision: b.right / b.n }));
  const ece = rows.reduce((s, r) => s + (r.n / Math.max(1, list.length)) * Math.abs(r.meanConfidence - r.precision), 0);
  return { items: list.length, ece, rows };
}

const report = { position: table(items.position), relation: table(items.relation) };
if (json) console.log(JSON.stringify(report, null, 2));
else {
  for (const [kind, t] of Object.entries(report)) {
    console.log(`${kind}s: ${t.items} items, expected calibration error ${t.ece.toFixed(3)}`);
    console.log('  confidence     n  mean conf  precision');
    for (const r of t.rows)
      console.log(`  ${r.bin.padEnd(10)} ${String(r.n).padStart(5)}  ${r.meanConfidence.toFixed(3).padStart(9)}  ${r.precision.toFixed(3).padStart(9)}`);
  }
}
