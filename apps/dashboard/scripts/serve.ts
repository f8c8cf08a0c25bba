/**
 * Serves the built dashboard and the API on one port, the way production mounts them: the API's
 * `startServer` with adapter-node's `handler` as the fallback for everything outside /api.
 * The browser test runs it as a child process; run it yourself to try a build:
 *
 *   pnpm --filter @accord/dashboard build
 *   DATABASE_URL=file:/tmp/dash.db PORT=3100 npx tsx apps/dashboard/scripts/serve.ts --fill
 *
 * `--fill` stores fixtures/ar and fixtures/en first (skipping texts already stored), and with
 * `--corpus N` also the first N records of ../shared/corpus/saudinewsnet (dated articles, so
 * timelines have points) when that folder is present, through @accord/ingest as `pnpm start` and
 * `accord ingest` store them. DATABASE_URL defaults as everywhere else (file:./data/accord.db).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig, startServer, type NodeFallback } from '@accord/api';
import { ingest } from '@accord/ingest';
import { openStore, type Store } from '@accord/store';
import { markInUse } from './builds.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const handlerPath = resolve(here, '../build/handler.js');
const SAUDI_NEWS = resolve(repo, '../shared/corpus/saudinewsnet_fm_candidates_516.jsonl');

/**
 * Starts the API with the built dashboard mounted over `store` (opened from `databaseUrl`, default
 * DATABASE_URL, when not given); `port` 0 picks a free one.
 * @example const { url, close } = await serveDashboard({ port: 0, databaseUrl: 'file:/tmp/x.db' });
 */
export async function serveDashboard(options: { port: number; databaseUrl?: string | undefined; store?: Store; log?: (line: string) => void }) {
  if (!existsSync(handlerPath)) throw new Error(`[dashboard] no build at ${handlerPath}: run \`pnpm --filter @accord/dashboard build\` first`);
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeFallback };
  markInUse();
  const config = loadConfig({ PORT: String(options.port), HOST: '127.0.0.1', DATABASE_URL: options.databaseUrl });
  return startServer({ config, ...(options.store ? { store: options.store } : {}), fallback: handler, log: options.log ?? console.log });
}

/**
 * Stores the fixture articles and up to `corpus` dated Saudi newspaper records (none when
 * ../shared/corpus is absent); resolves to how many were stored or already there.
 * @example await fillStore(store, 150);
 */
export async function fillStore(store: Store, corpus: number): Promise<number> {
  const sets: Array<{ paths: string[]; limit?: number }> = [{ paths: [join(repo, 'fixtures/ar'), join(repo, 'fixtures/en')] }];
  if (corpus > 0 && existsSync(SAUDI_NEWS)) sets.push({ paths: [SAUDI_NEWS], limit: corpus });
  let stored = 0;
  for (const set of sets) {
    const summary = await ingest({ store, ...set, onFailure: (f) => console.error(`[dashboard] not stored: ${f.origin}: ${f.message}`) });
    stored += summary.ingested + summary.duplicates;
  }
  return stored;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const corpusAt = args.indexOf('--corpus');
  const corpusLimit = corpusAt >= 0 ? Number(args[corpusAt + 1] ?? 0) : 0;
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // Filled before the server starts, so no cached answer predates the articles.
  const store = await openStore({ url: loadConfig({ DATABASE_URL: databaseUrl }).databaseUrl });
  if (args.includes('--fill')) console.log(`[dashboard] stored ${await fillStore(store, corpusLimit)} articles`);
  const { url } = await serveDashboard({ port: Number(process.env.PORT ?? 3000), databaseUrl, store });
  console.log(`[dashboard] ready on ${url}/`);
}
