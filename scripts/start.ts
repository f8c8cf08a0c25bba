/**
 * `pnpm start`: the main job. Builds the dashboard when its build is missing or older than its
 * sources, opens the database (DATABASE_URL, default the embedded SQLite file data/accord.db), fills
 * it on first run so the charts are not empty, and serves the dashboard at / and the API at /api on
 * one port (PORT, default 3000).
 *
 * First run fills from fixtures/ (60 Arabic and English articles) and, when ../shared/corpus is
 * beside the repo, from its dated news (Saudi press 2015, Singapore MFA statements), so timelines
 * have points. ACCORD_FILL=fixtures|corpus|none chooses; `pnpm --silent accord ingest` adds more.
 * Articles an older engine analysed (a database from before relations, say) are re-read in the
 * background once the server is up, as `accord reanalyze` would; ACCORD_REANALYZE=0 leaves them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, startServer } from '@accord/api';
import { ingest, reanalyze } from '@accord/ingest';
import { engineVersion } from '@accord/stance';
import { openStore } from '@accord/store';
import { markInUse } from '../apps/dashboard/scripts/builds.js';

const repoRoot = resolve(import.meta.dirname, '..');
const dashboard = join(repoRoot, 'apps/dashboard');
const handlerFile = join(dashboard, 'build/handler.js');
const corpusDir = resolve(process.env.ACCORD_CORPUS ?? join(repoRoot, '../shared/corpus'));
const log = (line: string) => console.log(line);

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

buildDashboardIfStale();
const store = await openStore({ url: config.databaseUrl }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await fillOnFirstRun();
const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: Parameters<typeof startServer>[0]['fallback'] };
// A rebuild meanwhile writes a new folder and leaves this one: the server keeps what it loaded.
markInUse();
const { url } = await startServer({ config, store, fallback: handler, log });
log(`Accord dashboard on ${url}/`);
void reanalyzeStale();

function buildDashboardIfStale(): void {
  if (existsSync(handlerFile) && newest(join(dashboard, 'src')) <= statSync(handlerFile).mtimeMs && process.env.ACCORD_REBUILD !== '1') return;
  log('Building the dashboard (once; again only when its sources change)...');
  // Vite's own chatter (plugin timings) goes to stderr; it is shown only when the build fails.
  const run = spawnSync('pnpm', ['--filter', '@accord/dashboard', 'build'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`${run.stdout}${run.stderr}`);
    console.error('The dashboard build failed (see above); `pnpm --filter @accord/dashboard build` repeats it.');
    process.exit(1);
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

async function fillOnFirstRun(): Promise<void> {
  const fill = process.env.ACCORD_FILL ?? 'corpus';
  if (fill === 'none' || (await store.stats()).articles > 0) return;
  const sets: Array<{ label: string; paths: string[] }> = [{ label: 'fixtures', paths: ['fixtures/ar', 'fixtures/en'].map((d) => join(repoRoot, d)) }];
  const news = ['saudinewsnet_fm_candidates_516.jsonl', 'singapore_mfa_statements_issues.jsonl'].map((f) => join(corpusDir, f)).filter(existsSync);
  if (fill === 'corpus' && news.length > 0) sets.push({ label: `the dated news of ${corpusDir}`, paths: news });
  for (const set of sets) {
    log(`First run: filling the database from ${set.label}...`);
    const summary = await ingest({ store, paths: set.paths, onFailure: (f) => log(`  not ingested: ${f.origin}: ${f.message}`) });
    log(`  ${summary.ingested} articles in ${summary.seconds.toFixed(1)} s`);
  }
}

// Served meanwhile: an article keeps its old analysis until its new one is committed, and the API's
// cache shows the new ones within 30 seconds.
async function reanalyzeStale(): Promise<void> {
  if (process.env.ACCORD_REANALYZE === '0') return;
  const stale = (await store.staleArticles(engineVersion())).length;
  if (stale === 0) return;
  log(`${stale} articles were analysed by an older engine: re-reading them in the background (relations included; ACCORD_REANALYZE=0 skips this)...`);
  try {
    const summary = await reanalyze({ store, onFailure: (f) => log(`  not re-read: ${f.origin}: ${f.message}`) });
    log(`  re-read ${summary.reanalyzed} articles with engine ${summary.engineVersion}${summary.failed ? `, ${summary.failed} failed` : ''}`);
  } catch (error) {
    log(`  re-reading stopped: ${(error as Error).message}; \`pnpm --silent accord reanalyze\` continues it`);
  }
}
