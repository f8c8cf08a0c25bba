/**
 * Serves the built dashboard and the API on one port, the way production mounts them: the API's
 * `startServer` with adapter-node's `handler` as the fallback for everything outside /api.
 * The browser test runs it as a child process; run it yourself to try a build:
 *
 *   pnpm --filter @accord/dashboard build
 *   DATABASE_URL=file:/tmp/dash.db PORT=3100 npx tsx apps/dashboard/scripts/serve.ts --fill
 *
 * `--fill` posts fixtures/ar and fixtures/en to the API first (skipping texts already stored), and
 * with `--corpus N` also the first N records of ../shared/corpus/saudinewsnet (dated articles, so
 * timelines have points) when that folder is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig, startServer, type NodeFallback } from '@accord/api';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const handlerPath = resolve(here, '../build/handler.js');
const SAUDI_NEWS = resolve(repo, '../shared/corpus/saudinewsnet_fm_candidates_516.jsonl');

interface ArticleInput {
  text: string;
  title?: string | null;
  language?: 'ar' | 'en';
  date?: string | null;
  source?: string | null;
  url?: string | null;
  externalId?: string | null;
}

/**
 * Starts the API with the built dashboard mounted; `port` 0 picks a free one.
 * @example const { url, close } = await serveDashboard({ port: 0, databaseUrl: 'file:/tmp/x.db' });
 */
export async function serveDashboard(options: { port: number; databaseUrl: string; log?: (line: string) => void }) {
  if (!existsSync(handlerPath)) throw new Error(`[dashboard] no build at ${handlerPath}: run \`pnpm --filter @accord/dashboard build\` first`);
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeFallback };
  const config = loadConfig({ PORT: String(options.port), HOST: '127.0.0.1', DATABASE_URL: options.databaseUrl });
  return startServer({ config, fallback: handler, log: options.log ?? console.log });
}

/** The fixture articles: headline on the first line, language from the folder. */
export function fixtureArticles(): ArticleInput[] {
  return (['ar', 'en'] as const).flatMap((language) => {
    const dir = join(repo, 'fixtures', language);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        return { text, language, title: text.split('\n', 1)[0]!.trim() || null, source: 'fixtures', externalId: basename(file, '.txt') };
      });
  });
}

/** Up to `limit` dated Saudi newspaper records from the shared corpus; none when it is absent. */
export function corpusArticles(limit: number): ArticleInput[] {
  if (limit <= 0 || !existsSync(SAUDI_NEWS)) return [];
  return readFileSync(SAUDI_NEWS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((line) => JSON.parse(line) as { id: string; title?: string; content?: string; text?: string; date?: string; source?: string; url?: string })
    .map((r) => ({
      text: `${r.title ?? ''}\n\n${r.content ?? r.text ?? ''}`.trim(),
      language: 'ar' as const,
      title: r.title ?? null,
      date: /^\d{4}-\d{2}-\d{2}/.test(r.date ?? '') ? r.date!.slice(0, 10) : null,
      source: r.source ?? null,
      externalId: r.id,
    }));
}

/**
 * Stores articles through the API, in batches the body limit allows.
 * @example await fill(url, fixtureArticles());
 */
export async function fill(url: string, articles: ArticleInput[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < articles.length; i += 50) {
    const response = await fetch(`${url}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: articles.slice(i, i + 50) }),
    });
    if (!response.ok) throw new Error(`[dashboard] filling the store failed: ${response.status} ${await response.text()}`);
    stored += ((await response.json()) as { results: unknown[] }).results.length;
  }
  return stored;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const corpusAt = args.indexOf('--corpus');
  const corpusLimit = corpusAt >= 0 ? Number(args[corpusAt + 1] ?? 0) : 0;
  const { url } = await serveDashboard({ port: Number(process.env.PORT ?? 3000), databaseUrl: process.env.DATABASE_URL ?? 'accord.db' });
  if (args.includes('--fill')) {
    const count = await fill(url, [...fixtureArticles(), ...corpusArticles(corpusLimit)]);
    console.log(`[dashboard] stored ${count} articles`);
  }
  console.log(`[dashboard] ready on ${url}/`);
}
