/**
 * The hostile-API part of `pnpm bench`: how long `GET /api/v1/health` waits while the server does
 * big work, as a ratio of its p99 to the idle p99, measured in the same run so the ratio holds on
 * any machine. Big work is a batch of 500 reprints (`POST /articles`) and one 1.9 MB `/analyze`.
 * The server runs in its own process (as `pnpm start` does), so the client's timers are not
 * delayed by the work they measure.
 *
 * Usage: tsx scripts/bench-hostile-api.ts [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(import.meta.dirname, '..');
const REPRINTS = 500;
const ANALYZE_BYTES = 1.9 * 1024 * 1024;

export interface Busy {
  /** What ran: the batch or the analyze, its status and how long it took. */
  status: number;
  seconds: number;
  healthP99Ms: number;
  healthMaxMs: number;
  /** p99 during the work as a multiple of idle p99. */
  ratio: number;
}

export interface HostileApiReport {
  idleP99Ms: number;
  batch: Busy;
  analyze: Busy;
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))] ?? 0;

async function startChild(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages/api/src/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, ACCORD_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const m = /Accord API on (http:\/\/\S+)\/api\/v1/.exec(output);
      if (m) done(m[1]!);
    });
    child.once('exit', () => fail(new Error(`the server exited: ${output}`)));
  });
  return { url, child };
}

// One probe at a time, back to back: each latency is what a load balancer's check would wait.
async function pollHealth(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const t = performance.now();
    await (await fetch(`${url}/api/v1/health`)).arrayBuffer();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  return times;
}

async function during(url: string, idle: number, work: () => Promise<Response>): Promise<Busy> {
  const started = performance.now();
  const running = work().then(async (r) => (await r.arrayBuffer(), r.status));
  const times = await pollHealth(url, running);
  const status = await running;
  const p = p99(times);
  return { status, seconds: (performance.now() - started) / 1000, healthP99Ms: p, healthMaxMs: Math.max(...times), ratio: p / idle };
}

/** Runs the three measures against a fresh server over a temp SQLite store. */
export async function benchHostileApi(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<HostileApiReport> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-hostile-'));
  const { url, child } = await startChild(`file:${join(dir, 'bench.db')}`);
  try {
    const seed = readFileSync(join(repoRoot, 'fixtures/en/en-01-lavrov-safadi-moscow.txt'), 'utf8');
    const idleTimes = await pollHealth(url, new Promise((r) => setTimeout(r, 3000)));
    const idle = p99(idleTimes);
    log(`bench-hostile-api: idle /health p99 ${idle.toFixed(1)} ms over ${idleTimes.length} probes`);
    // A reprint: the same story with an outlet's line, so each is a new text and a near-duplicate.
    const articles = Array.from({ length: REPRINTS }, (_, i) => ({ text: `${seed}\n\nReprinted by outlet ${i} (edition ${i * 7}).`, date: '2017-05-29' }));
    const batch = await during(url, idle, () =>
      fetch(`${url}/api/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) }),
    );
    log(
      `bench-hostile-api: ${REPRINTS} reprints ${batch.status} in ${batch.seconds.toFixed(1)} s, /health p99 ${batch.healthP99Ms.toFixed(0)} ms (x${batch.ratio.toFixed(1)})`,
    );
    const text = seed.repeat(Math.ceil(ANALYZE_BYTES / Buffer.byteLength(seed))).slice(0, ANALYZE_BYTES);
    const analyze = await during(url, idle, () => fetch(`${url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text }));
    log(
      `bench-hostile-api: 1.9 MB analyze ${analyze.status} in ${analyze.seconds.toFixed(1)} s, /health p99 ${analyze.healthP99Ms.toFixed(0)} ms (x${analyze.ratio.toFixed(1)})`,
    );
    return { idleP99Ms: idle, batch, analyze };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report as a table on stdout. */
export function printHostileApiReport(r: HostileApiReport): void {
  const row = (name: string, b: Busy) =>
    `| ${name} | ${b.status} | ${b.seconds.toFixed(1)} s | ${b.healthP99Ms.toFixed(0)} ms | ${b.healthMaxMs.toFixed(0)} ms | x${b.ratio.toFixed(1)} |`;
  console.log(`\n/health while the server works (idle p99 ${r.idleP99Ms.toFixed(1)} ms)\n`);
  console.log('| work | status | took | /health p99 | max | p99 / idle |\n| --- | --- | --- | --- | --- | --- |');
  console.log(row(`POST /articles, ${REPRINTS} reprints`, r.batch));
  console.log(row('POST /analyze, 1.9 MB', r.analyze));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await benchHostileApi();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printHostileApiReport(report);
}
