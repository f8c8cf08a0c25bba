/**
 * `pnpm bench hostile [--json]`: the text paths on inputs built to make them slow. A long run of
 * mixed combining marks (shadda and fatha alternating: Unicode's canonical order must move every
 * fatha ahead of every shadda) and ../shared/badinput/diacritics-flood.txt go through the store's
 * content hash, the MinHash fingerprint and the engine's analyse. Each step is also timed at n and
 * 2n marks: linear work gives time(2n)/time(n) ≈ 2, quadratic ≈ 4. Then the cost of a write as a
 * story's reprints pile up (bench-reprints.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { analyze } from '@accord/stance';
import { contentHash } from '@accord/store';
import { benchReprints, type ReprintTiming } from './bench-reprints.js';

const repoRoot = resolve(import.meta.dirname, '..');
const floodFile = resolve(process.env.ACCORD_BADINPUT ?? join(repoRoot, '../shared/badinput'), 'diacritics-flood.txt');

/** The hostile body: 400k marks (800 KB) on one word. */
const MARKS = 400_000;

const steps: Record<string, (text: string) => unknown> = {
  hash: (text) => contentHash(text),
  minhash: (text) => fingerprint(text),
  analyse: (text) => analyze({ text, language: 'ar' }),
};

export interface HostileStep {
  step: string;
  /** Milliseconds for `n` marks, for `2n`, and their ratio. */
  halfMs: number;
  fullMs: number;
  doubling: number;
  floodMs: number | null;
}

/** `n` combining marks on one Arabic word, shadda and fatha alternating. */
export function markRun(n: number): string {
  return `وقال ا${'\u0651\u064e'.repeat(n / 2)} لافروف`;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function benchHostile(log: (line: string) => void): Promise<{ steps: HostileStep[]; reprints: ReprintTiming }> {
  const flood = existsSync(floodFile) ? readFileSync(floodFile, 'utf8') : null;
  if (!flood) log(`bench hostile: ${floodFile} is absent; timing the mark runs only`);
  const half = markRun(MARKS / 2);
  const full = markRun(MARKS);
  const results: HostileStep[] = [];
  for (const [step, run] of Object.entries(steps)) {
    run('warm up'); // the first call pays for loading lexicons, not for the text
    const halfMs = time(() => run(half));
    const fullMs = time(() => run(full));
    const floodMs = flood === null ? null : time(() => run(flood));
    results.push({ step, halfMs, fullMs, doubling: fullMs / Math.max(halfMs, 0.001), floodMs });
    log(`bench hostile: ${step} done`);
  }
  const reprints = await benchReprints();
  return { steps: results, reprints };
}

export function printHostileReport({ steps: results, reprints }: { steps: HostileStep[]; reprints: ReprintTiming }): void {
  const ms = (n: number | null) => (n === null ? '-' : n.toFixed(0).padStart(8));
  console.log(`\nHostile text (${MARKS / 1000}k mixed marks on one word; diacritics-flood.txt)`);
  console.log(`step      ${MARKS / 2000}k ms  ${MARKS / 1000}k ms  2n/n   flood ms`);
  for (const r of results) console.log(`${r.step.padEnd(8)} ${ms(r.halfMs)} ${ms(r.fullMs)}  ${r.doubling.toFixed(2).padStart(5)} ${ms(r.floodMs)}`);
  console.log('Linear work doubles (2n/n ≈ 2); quadratic work quadruples.');
  console.log(
    `Reprints of one story (SQLite): ${reprints.firstMs.toFixed(1)} ms a write at the first 100, ${reprints.lastMs.toFixed(1)} ms at the last 100 of ${reprints.reprints} (${reprints.stories} ${reprints.stories === 1 ? 'story' : 'stories'})`,
  );
}
