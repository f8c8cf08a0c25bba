/**
 * `pnpm start`: the main job as far as Accord goes today. It analyses the bundled dev-set articles
 * (fixtures/ar, fixtures/en), writes every analysis to data/analyses.jsonl, and prints, per issue,
 * which pairs of countries agree or disagree and on how many articles. The HTTP API and the
 * dashboard will take over this command when they land; until then this is the engine end to end.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyze, type Analysis } from '@accord/stance';

const repoRoot = resolve(import.meta.dirname, '..');
const sources = ['fixtures/ar', 'fixtures/en'].map((d) => join(repoRoot, d));
const outDir = join(repoRoot, 'data');

const analyses: Analysis[] = [];
const started = performance.now();
for (const dir of sources) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    analyses.push(analyze({ id: basename(name, '.txt'), text: readFileSync(join(dir, name), 'utf8'), sentences: false }));
  }
}
const ms = performance.now() - started;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'analyses.jsonl'), analyses.map((a) => JSON.stringify(a)).join('\n') + '\n');

interface Cell {
  agree: number;
  disagree: number;
  mixed: number;
  articles: Set<string>;
}
const table = new Map<string, Map<string, Cell>>();
for (const a of analyses) {
  for (const g of a.agreements) {
    if (g.label === 'unknown') continue;
    const byPair = table.get(g.issue) ?? new Map<string, Cell>();
    table.set(g.issue, byPair);
    const pair = `${g.a}-${g.b}`;
    const cell = byPair.get(pair) ?? { agree: 0, disagree: 0, mixed: 0, articles: new Set() };
    byPair.set(pair, cell);
    cell[g.label]++;
    cell.articles.add(a.id ?? '');
  }
}

const stances = analyses.reduce((n, a) => n + a.stances.length, 0);
console.log(`Accord analysed ${analyses.length} articles in ${Math.round(ms)} ms: ${stances} country stances.`);
console.log(`Analyses written to ${join('data', 'analyses.jsonl')} (one JSON per line; see spec/analysis.schema.json).\n`);
for (const [issue, byPair] of [...table].sort(([x], [y]) => x.localeCompare(y))) {
  const rows = [...byPair].sort(([, x], [, y]) => y.articles.size - x.articles.size).slice(0, 8);
  console.log(`${issue}`);
  for (const [pair, c] of rows) {
    console.log(`  ${pair.padEnd(6)} agree ${String(c.agree).padStart(2)}  disagree ${String(c.disagree).padStart(2)}  mixed ${String(c.mixed).padStart(2)}  (${c.articles.size} article${c.articles.size === 1 ? '' : 's'})`);
  }
}
console.log('\nAnalyse your own text: pnpm --silent accord analyze FILE --pretty');
