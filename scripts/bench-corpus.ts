/**
 * The corpus half of `pnpm bench`: ingest of the whole shared corpus (the two Arabic news sets, the
 * Singapore statements and the 2,714 UN General Debate speeches) into a fresh database, a second
 * run that must find every article a duplicate, and the latency of the five-issue agreement matrix
 * over everything ingested, on SQLite and PostgreSQL in the same run.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestSummary } from '@accord/ingest';
import { agreementMatrix } from '@accord/corpus';
import { defaultLexicon } from '@accord/lexicon';
import type { Store } from '@accord/store';
import { createTestStore } from '@accord/store/testing';
import pg from 'pg';

export interface CorpusBackendResult {
  backend: 'sqlite' | 'postgres';
  articles: number;
  stories: number;
  /** Articles the first run could not store (should be 0: every corpus record is readable). */
  failed: number;
  ingestSeconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number;
  databaseMb: number;
  rerun: { ingested: number; duplicates: number; seconds: number };
  /** Median and max of the five issues' matrices over the whole store, uncached: one positions and one agreements query, then the measures with 5 evidence items per cell. */
  matrixMs: { median: number; max: number; reps: number };
}

export interface CorpusBenchReport {
  skipped?: string;
  /** With `keepSqlite`: the filled SQLite store's URL and how to remove it, for the API part. */
  kept?: { url: string; cleanup: () => Promise<void> };
  results: CorpusBackendResult[];
  goalMatrixMs: number;
}

const GOAL_MATRIX_MS = 100;
const MATRIX_REPS = 15;

const sets = (corpusDir: string) => [
  {
    paths: [
      join(corpusDir, 'saudinewsnet_fm_candidates_516.jsonl'),
      join(corpusDir, 'anc2012_politics_all_474.jsonl'),
      join(corpusDir, 'singapore_mfa_statements_issues.jsonl'),
    ],
  },
  { paths: [join(corpusDir, 'ungdc_2011_2024.tar.gz')], namePattern: 'ungd' },
];

/** Runs the corpus bench on the given backends; skips (with a reason) when the corpus is absent. */
export async function benchCorpus(options: {
  corpusDir: string;
  backends: Array<'sqlite' | 'postgres'>;
  keepSqlite?: boolean;
  log?: (line: string) => void;
}): Promise<CorpusBenchReport> {
  const log = options.log ?? (() => {});
  const parts = sets(options.corpusDir);
  const missing = parts.flatMap((p) => p.paths).filter((p) => !existsSync(p));
  if (missing.length > 0) return { skipped: `corpus files absent: ${missing.join(', ')}`, results: [], goalMatrixMs: GOAL_MATRIX_MS };
  const results: CorpusBackendResult[] = [];
  let kept: CorpusBenchReport['kept'];
  for (const backend of options.backends) {
    const { store, url, cleanup } = await createTestStore({ backend });
    const keep = backend === 'sqlite' && options.keepSqlite === true;
    try {
      log(`corpus bench: ingesting the whole corpus into ${backend}...`);
      const first = await ingestAll(store, parts);
      const peakRssMb = process.resourceUsage().maxRSS / 1024;
      log(`corpus bench: second run into ${backend}...`);
      const second = await ingestAll(store, parts);
      const stats = await store.stats();
      const matrixMs = await timeMatrix(store);
      results.push({
        backend,
        articles: stats.articles,
        stories: stats.stories,
        failed: first.failed,
        ingestSeconds: first.seconds,
        articlesPerSecond: first.ingested / first.seconds,
        megabytesPerSecond: first.bytes / 1e6 / first.seconds,
        peakRssMb,
        databaseMb: await databaseMb(backend, url),
        rerun: { ingested: second.ingested, duplicates: second.duplicates, seconds: second.seconds },
        matrixMs,
      });
    } finally {
      if (keep) {
        await store.close();
        kept = { url, cleanup };
      } else await cleanup();
    }
  }
  return { results, goalMatrixMs: GOAL_MATRIX_MS, ...(kept ? { kept } : {}) };
}

async function ingestAll(store: Store, parts: ReturnType<typeof sets>): Promise<IngestSummary> {
  const total: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, bytes: 0, failures: [], interrupted: false, seconds: 0 };
  for (const part of parts) {
    const s = await ingest({ store, paths: part.paths, namePattern: part.namePattern });
    for (const f of s.failures.slice(0, 5)) process.stderr.write(`corpus bench: not ingested: ${f.origin}: ${f.message}\n`);
    total.ingested += s.ingested;
    total.duplicates += s.duplicates;
    total.failed += s.failed;
    total.bytes += s.bytes;
    total.seconds += s.seconds;
  }
  return total;
}

async function timeMatrix(store: Store): Promise<CorpusBackendResult['matrixMs']> {
  const issues = [...defaultLexicon().issues.keys()].slice(0, 5);
  const times: number[] = [];
  for (let rep = 0; rep < MATRIX_REPS; rep++) {
    const started = performance.now();
    // One read of every record, then the five matrices from it: reading per issue would re-read
    // the many articles that speak to several issues.
    const [positions, agreements] = await Promise.all([store.positions({}), store.agreements({})]);
    // Five evidence items per cell, as GET /api/v1/agreement gives by default.
    for (const issue of issues) agreementMatrix({ positions, agreements, issue, evidenceLimit: 5 });
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, reps: times.length };
}

async function databaseMb(backend: 'sqlite' | 'postgres', url: string): Promise<number> {
  if (backend === 'sqlite') {
    const file = url.replace(/^file:/, '');
    return [file, `${file}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
  }
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // a dropped connection rejects the query too; unheard, the event would end the bench
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string }>('select pg_database_size(current_database()) as size');
    return Number(rows[0]!.size) / 1e6;
  } finally {
    await client.end();
  }
}

/** Prints the report as a table. */
export function printCorpusReport(report: CorpusBenchReport, out: (line: string) => void = console.log): void {
  if (report.skipped) {
    out(`corpus bench skipped: ${report.skipped}`);
    return;
  }
  out('\nCorpus: whole shared corpus ingested into a fresh database, then ingested again');
  out(
    `${'backend'.padEnd(9)} ${'articles'.padStart(8)} ${'stories'.padStart(7)} ${'failed'.padStart(6)} ${'ingest s'.padStart(8)} ${'art/s'.padStart(6)} ${'MB/s'.padStart(5)} ${'peak RSS'.padStart(9)} ${'db MB'.padStart(6)} ${'rerun new/dup (s)'.padStart(18)} ${'5-issue matrix ms'.padStart(18)}`,
  );
  for (const r of report.results) {
    out(
      `${r.backend.padEnd(9)} ${String(r.articles).padStart(8)} ${String(r.stories).padStart(7)} ${String(r.failed).padStart(6)} ${r.ingestSeconds.toFixed(1).padStart(8)} ${r.articlesPerSecond.toFixed(0).padStart(6)} ${r.megabytesPerSecond.toFixed(2).padStart(5)} ${`${r.peakRssMb.toFixed(0)} MB`.padStart(9)} ${r.databaseMb.toFixed(0).padStart(6)} ${`${r.rerun.ingested}/${r.rerun.duplicates} (${r.rerun.seconds.toFixed(1)})`.padStart(18)} ${`${r.matrixMs.median.toFixed(0)} (max ${r.matrixMs.max.toFixed(0)})`.padStart(18)}`,
    );
  }
  for (const r of report.results)
    out(
      `goal: 5-issue matrix under ${report.goalMatrixMs} ms on ${r.backend}: ${r.matrixMs.median < report.goalMatrixMs ? 'met' : 'NOT met'} (median ${r.matrixMs.median.toFixed(0)} ms over ${r.articles} articles)`,
    );
}
