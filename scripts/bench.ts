/**
 * `pnpm bench [engine] [corpus] [api] [hostile] [hostile-api] [--json]`: every benchmark, or the parts named.
 * - engine: analysis speed against a bare regex scan and wink-nlp (its own process, one thread);
 * - corpus: ingest of the whole shared corpus and the agreement-matrix latency, SQLite and PostgreSQL;
 * - api: requests/s and p99 of the HTTP API next to GET /health;
 * - hostile: hashing, MinHash and analyse of long runs of combining marks, and whether doubling them doubles the time;
 *   the cost of a write at 0 and 1,500 reprints of its story;
 * - hostile-api (only when named): GET /health p99 during a 500-reprint batch and a 1.9 MB analyze, as a ratio to idle.
 * Each part reports ratios measured within its own run; speed goals live here, never in unit tests.
 * Set ACCORD_SKIP_POSTGRES=1 to leave PostgreSQL out.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { benchCorpus, printCorpusReport } from './bench-corpus.js';

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(process.env.ACCORD_CORPUS ?? join(repoRoot, '../shared/corpus'));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const known = ['engine', 'corpus', 'api', 'hostile', 'hostile-api'];
const unknown = args.filter((a) => !a.startsWith('--') && !known.includes(a));
if (unknown.length > 0) {
  console.error(`bench: unknown part ${unknown.join(', ')}; parts are ${known.join(', ')}`);
  process.exit(2);
}
const named = args.filter((a) => known.includes(a));
// The hostile-api part runs a server of its own for minutes: only when named.
const parts = named.length > 0 ? named : known.filter((p) => p !== 'hostile-api');
const backends: Array<'sqlite' | 'postgres'> = process.env.ACCORD_SKIP_POSTGRES === '1' ? ['sqlite'] : ['sqlite', 'postgres'];
const log = (line: string) => process.stderr.write(`${line}\n`);
const report: Record<string, unknown> = {};

if (parts.includes('engine')) {
  // Its own process: the engine's per-core timings should not share a heap or JIT with ingest.
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/bench-engine.ts'), ...(asJson ? ['--json'] : [])], {
    cwd: repoRoot,
    stdio: ['ignore', asJson ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (run.status !== 0) process.exitCode = 1;
  if (asJson) report.engine = JSON.parse(run.stdout || 'null');
}
// The API part reads the corpus part's SQLite store when both run, so GET /agreement is timed
// over the whole ingested corpus; alone it uses DATABASE_URL or a temp store of the fixtures.
let kept: { url: string; cleanup: () => Promise<void> } | undefined;
if (parts.includes('corpus')) {
  const { kept: store, ...corpus } = await benchCorpus({ corpusDir, backends, keepSqlite: parts.includes('api'), log });
  kept = store;
  if (asJson) report.corpus = corpus;
  else printCorpusReport(corpus);
}
if (parts.includes('api')) {
  try {
    const { benchApi, printApiReport } = await import('./bench-api.js');
    const api = await benchApi({ log, ...(kept ? { databaseUrl: kept.url } : {}) });
    if (asJson) report.api = api;
    else printApiReport(api);
  } finally {
    await kept?.cleanup();
  }
}
if (parts.includes('hostile')) {
  const { benchHostile, printHostileReport } = await import('./bench-hostile.js');
  const hostile = await benchHostile(log);
  if (asJson) report.hostile = hostile;
  else printHostileReport(hostile);
}
if (parts.includes('hostile-api')) {
  const { benchHostileApi, printHostileApiReport } = await import('./bench-hostile-api.js');
  const hostileApi = await benchHostileApi(log);
  if (asJson) report.hostileApi = hostileApi;
  else printHostileApiReport(hostileApi);
}
if (asJson) console.log(JSON.stringify(report, null, 2));
