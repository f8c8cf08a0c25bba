/**
 * The API part of `pnpm bench`: requests/s and p99 latency over loopback with autocannon, each
 * target next to `GET /api/v1/health` measured in the same run (the floor: routing, headers, one
 * store count), so the ratios hold on any machine.
 *
 * Usage: tsx scripts/bench-api.ts [--json] [--seconds 5] [--connections 10] [--copies 0]
 * Reads the database at DATABASE_URL, or fills a temp SQLite with fixtures/ar and fixtures/en
 * (--copies N adds N reprints of each, with other dates and outlets, to grow the corpus).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { createApp, loadConfig, startServer } from '@accord/api';
import { openStore, type Store } from '@accord/store';

const repoRoot = resolve(import.meta.dirname, '..');
const seedFile = resolve(repoRoot, '../shared/seed/egypt-russia-moscow.ar.txt');

export interface BenchApiOptions {
  /** A store to read; default DATABASE_URL, else a temp SQLite filled with the fixtures. */
  databaseUrl?: string;
  /** Seconds per target (default 5). */
  seconds?: number;
  /** Concurrent connections (default 10). */
  connections?: number;
  /** Reprints of each fixture added to a temp database (default 0). */
  copies?: number;
  log?: (line: string) => void;
}

export interface TargetResult {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** Requests/s as a share of health's; p99 as a multiple of health's. */
  vsHealth: { throughput: number; p99: number };
  non2xx: number;
  errors: number;
}

export interface ApiBenchReport {
  database: string;
  articles: number;
  seconds: number;
  connections: number;
  /** One uncached `GET /agreement?issue=syria&evidence=1` through `app.request`, median of 15, in ms. */
  matrixMs: number;
  goalMatrixMs: number;
  targets: TargetResult[];
}

const GOAL_MATRIX_MS = 100;
const MATRIX = '/api/v1/agreement?issue=syria&evidence=1';

interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** The server with its query cache off: every request reads the store and computes. */
  uncached?: boolean;
}

/** Fills `store` with the fixture texts (and `copies` reprints of each) through the API itself. */
async function fill(store: Store, copies: number, log: (line: string) => void): Promise<void> {
  const app = createApp({ store });
  const texts = ['ar', 'en'].flatMap((lang) => {
    const dir = join(repoRoot, 'fixtures', lang);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  });
  const started = performance.now();
  for (let copy = 0; copy <= copies; copy++) {
    const articles = texts.map((text, i) => ({
      // A reprint carries an outlet's line: a new content hash, the same story by fingerprint.
      text: copy === 0 ? text : `${text}\n\n(${copy})`,
      date: `${2015 + ((i + copy) % 8)}-${String(1 + ((i * 7 + copy) % 12)).padStart(2, '0')}-${String(1 + ((i + copy * 3) % 28)).padStart(2, '0')}`,
      source: `outlet-${(i + copy) % 9}`,
    }));
    const res = await app.request('/api/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    if (res.status >= 300) throw new Error(`bench-api: filling the database failed: ${res.status} ${await res.text()}`);
  }
  log(`bench-api: filled a temp SQLite with ${texts.length * (copies + 1)} articles in ${Math.round(performance.now() - started)} ms`);
}

async function matrixMedianMs(store: Store): Promise<number> {
  const app = createApp({ store, cacheSize: 0 });
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    const res = await app.request(MATRIX);
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[7]!;
}

function load(url: string, target: Target, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({ url: url + target.path, method: target.method ?? 'GET', body: target.body, headers: target.headers, duration: seconds, connections });
}

/**
 * Runs the API benchmark: health, analyze (the seed article), and the Syria agreement matrix
 * served from the query cache and with it off, each for `seconds` with `connections` connections.
 *
 * @example
 * const report = await benchApi({ seconds: 5 });
 * printApiReport(report);
 */
export async function benchApi(options: BenchApiOptions = {}): Promise<ApiBenchReport> {
  const { seconds = 5, connections = 10, copies = 0, log = (line: string) => process.stderr.write(`${line}\n`) } = options;
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const dir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'accord-bench-api-'));
  const url = databaseUrl ?? `file:${join(dir!, 'bench.db')}`;
  const store = await openStore({ url });
  const servers: Array<{ close(): Promise<void> }> = [];
  try {
    if (dir) await fill(store, copies, log);
    const { articles } = await store.stats();
    const matrixMs = await matrixMedianMs(store);
    // Each server opens (and on shutdown closes) its own connection to the same database.
    const start = (cacheSize: string) =>
      startServer({ config: loadConfig({ PORT: '0', DATABASE_URL: url, ACCORD_CACHE_SIZE: cacheSize }), handleSignals: false, log: () => {} });
    const cached = await start('64');
    const uncached = await start('0');
    servers.push(cached, uncached);

    let seed: Buffer;
    try {
      seed = readFileSync(seedFile);
    } catch {
      seed = Buffer.from(readFileSync(join(repoRoot, 'fixtures/ar', readdirSync(join(repoRoot, 'fixtures/ar')).find((f) => f.endsWith('.txt'))!)));
    }
    const targets: Target[] = [
      { name: 'GET /api/v1/health', path: '/api/v1/health' },
      { name: 'POST /api/v1/analyze (seed article)', path: '/api/v1/analyze', method: 'POST', body: seed, headers: { 'content-type': 'text/plain' } },
      // What the dashboard's overview asks: one evidence item per cell, gzipped.
      { name: 'GET /api/v1/agreement?issue=syria&evidence=1', path: MATRIX, headers: { 'accept-encoding': 'gzip' } },
      { name: 'GET /api/v1/agreement?issue=syria&evidence=1 (no cache)', path: MATRIX, headers: { 'accept-encoding': 'gzip' }, uncached: true },
    ];
    const results: autocannon.Result[] = [];
    for (const target of targets) {
      log(`bench-api: ${target.name} for ${seconds} s with ${connections} connections`);
      results.push(await load(target.uncached ? uncached.url : cached.url, target, seconds, connections));
    }
    const health = results[0]!;
    return {
      database: databaseUrl ? databaseUrl.replace(/\/\/[^@/]*@/, '//***@') : `temp SQLite (fixtures${copies ? ` x${copies + 1}` : ''})`,
      articles,
      seconds,
      connections,
      matrixMs: Math.round(matrixMs * 10) / 10,
      goalMatrixMs: GOAL_MATRIX_MS,
      targets: targets.map((t, i) => {
        const r = results[i]!;
        return {
          name: t.name,
          requestsPerSecond: Math.round(r.requests.average),
          p99Ms: r.latency.p99,
          vsHealth: { throughput: round(r.requests.average / health.requests.average), p99: round(r.latency.p99 / Math.max(health.latency.p99, 1)) },
          non2xx: r.non2xx,
          errors: r.errors,
        };
      }),
    };
  } finally {
    for (const server of servers) await server.close();
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Prints the report as a table.
 *
 * @example
 * printApiReport(await benchApi());
 */
export function printApiReport(report: ApiBenchReport): void {
  console.log(`\nAPI over loopback: ${report.database}, ${report.articles} articles, ${report.seconds} s per target, ${report.connections} connections`);
  const rows = [['target', 'req/s', 'p99 ms', 'req/s vs health', 'p99 vs health', 'non-2xx']];
  for (const t of report.targets)
    rows.push([
      t.name,
      String(t.requestsPerSecond),
      String(t.p99Ms),
      t.vsHealth.throughput.toFixed(3),
      `${t.vsHealth.p99.toFixed(1)}x`,
      String(t.non2xx + t.errors),
    ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  const met = report.matrixMs < report.goalMatrixMs ? 'met' : 'NOT met';
  console.log(`uncached matrix through app.request: median ${report.matrixMs} ms (goal < ${report.goalMatrixMs} ms: ${met})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const number = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? Number(args[at + 1]) : undefined;
  };
  const report = await benchApi({ seconds: number('--seconds'), connections: number('--connections'), copies: number('--copies') });
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printApiReport(report);
}
