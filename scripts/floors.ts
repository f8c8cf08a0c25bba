/**
 * Rewrites `fixtures/floors.json` with today's `accord eval` figures of every set it lists (and any
 * set named on the command line), total and per language: run it in the commit that raises a figure,
 * or that changes a gold reading, so that `packages/cli/src/eval-floor.test.ts` holds the new floor.
 * Never lists the frozen test split.
 *
 * Usage: pnpm --silent tsx scripts/floors.ts [SET...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from '@accord/cli';

interface Summary {
  articles: number;
  stance: { f1: number };
  position: { f1: number };
  agreement: { accuracy: number };
  relation?: { f1: number };
}

const path = resolve(import.meta.dirname, '..', 'fixtures', 'floors.json');
const floors = JSON.parse(readFileSync(path, 'utf8')) as { $comment: string; sets: Record<string, unknown> };
const sets = [...new Set([...Object.keys(floors.sets), ...process.argv.slice(2)])].filter((s) => !/real\/test/.test(s));
const figures = (s: Summary) => ({
  articles: s.articles,
  stanceF1: s.stance.f1,
  positionF1: s.position.f1,
  agreementAccuracy: s.agreement.accuracy,
  ...(s.relation ? { relationF1: s.relation.f1 } : {}),
});
for (const set of sets) {
  let json = '';
  const code = await runCli(['eval', resolve(import.meta.dirname, '..', set), '--json'], { out: (line) => (json += line), err: (line) => console.error(line) });
  if (code !== 0) {
    console.error(`${set}: accord eval exited ${code}; its floor is kept`);
    continue;
  }
  const report = JSON.parse(json) as { total: Summary; languages: Record<string, Summary> };
  floors.sets[set] = { total: figures(report.total), ...Object.fromEntries(Object.entries(report.languages).map(([l, s]) => [l, figures(s)])) };
  console.log(`${set}: position F1 ${report.total.position.f1.toFixed(3)}, agreement ${report.total.agreement.accuracy.toFixed(3)}`);
}
writeFileSync(path, `${JSON.stringify(floors, null, 2)}\n`);
