import { loadavg } from 'node:os';
import { fingerprint } from '@accord/corpus';
import type { Analysis } from '@accord/stance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, parseUrl } from './db.js';
import { analysisRows } from './rows.js';
import { articleRow } from './input.js';
import { insertRows } from './save.js';
import { createTestStore, testBackends, type TestStore } from './testing.js';
import type { CorpusFilter, SaveInput } from './types.js';

// A corpus the size the dashboard reads at once: ~4,000 articles, ~50,000 positions.
const ARTICLES = 4000;
const POSITIONS_PER_ARTICLE = 12.5;
const COUNTRIES = ['EG', 'RU', 'US', 'SA', 'IR', 'TR', 'QA', 'AE', 'FR', 'GB', 'CN', 'DE', 'JO', 'IQ', 'SY', 'IL', 'PS', 'LB', 'YE', 'KW'];
const ISSUES = ['syria', 'yemen', 'palestine', 'iran_nuclear', 'libya', 'sudan', 'iraq', 'lebanon'];
const CODES = ['political_solution', 'ceasefire', 'sanctions', 'two_state', 'dialogue'];
const WORDS = 'minister said talks ceasefire region support oppose envoy summit capital statement security council sanctions aid border refugees'.split(' ');

/** A deterministic pseudo-random article: its own text, a date, and a hand-made analysis over it. */
function generatedArticle(i: number): SaveInput {
  let seed = (i + 1) * 0x9e3779b9;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const text = `Report ${i}. ` + Array.from({ length: 60 }, () => WORDS[next(WORDS.length)]).join(' ') + '.';
  const span = () => {
    const start = next(text.length - 20);
    return { start, end: start + 20, text: text.slice(start, start + 20) };
  };
  const count = Math.round(POSITIONS_PER_ARTICLE + (i % 2 ? 0.5 : -0.5));
  const stances: Analysis['stances'] = Array.from({ length: count }, (_, k) => ({
    country: COUNTRIES[(i + k) % COUNTRIES.length]!,
    issue: ISSUES[next(ISSUES.length)]!,
    positions: [{ code: CODES[next(CODES.length)]!, polarity: next(2) ? 1 : -1, confidence: 0.7, evidence: [span(), span()] }],
  }));
  const agreements: Analysis['agreements'] = [
    { a: stances[0]!.country, b: stances[1]!.country, issue: stances[0]!.issue, label: 'agree', score: 1, explicit: false, evidence: [span()] },
  ];
  const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    article: { text, language: 'en', date, source: `outlet-${i % 7}` },
    analysis: { language: 'en', actors: [], stances, agreements, relations: [] },
    engineVersion: 'speed',
    fingerprint: fingerprint(text),
  };
}

/**
 * The rows saveArticle would write, inserted 500 at a time in one transaction to keep the suite quick.
 * Without the story lookup and its bands: every article is its own story, which positions() only copies.
 */
async function bulkLoad(url: string, inputs: SaveInput[]): Promise<void> {
  const db = createDatabase(parseUrl(url));
  try {
    await db.transaction().execute(async (trx) => {
      const articles = inputs.map((input) => articleRow(input)).map((row) => ({ ...row, story_id: row.id }));
      const records = articles.map((row, i) => analysisRows(row, inputs[i]!.analysis));
      await insertRows(trx, 'articles', articles);
      await insertRows(
        trx,
        'positions',
        records.flatMap((r) => r.positions),
      );
      await insertRows(
        trx,
        'agreements',
        records.flatMap((r) => r.agreements),
      );
      await insertRows(
        trx,
        'article_records',
        records.map((r) => r.records),
      );
    });
  } finally {
    await db.destroy();
  }
}

/**
 * The best of a few runs, in milliseconds of wall time and of this process's CPU time, with the
 * result of the last. CPU time says more on a busy machine, where other processes share the cores.
 */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  let ms = Infinity;
  let cpuMs = Infinity;
  let result!: T;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    result = await run();
    const used = process.cpuUsage(cpu);
    ms = Math.min(ms, performance.now() - started);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { ms, cpuMs, result };
}

describe.each(testBackends())('positions() over a generated corpus on %s', (backend) => {
  let env: TestStore;
  beforeAll(async () => {
    env = await createTestStore({ backend });
    const sample = 200;
    const started = performance.now();
    for (let i = 0; i < sample; i++) await env.store.saveArticle(generatedArticle(i));
    console.log(`[${backend}] saveArticle: ${((performance.now() - started) / sample).toFixed(2)} ms an article (one transaction each)`);
    await bulkLoad(
      env.url,
      Array.from({ length: ARTICLES - sample }, (_, i) => generatedArticle(sample + i)),
    );
  }, 300_000);
  afterAll(() => env?.cleanup());

  it('reads the whole corpus and filtered slices', async () => {
    const stats = await env.store.stats();
    expect(stats.articles).toBe(ARTICLES);
    expect(stats.positions).toBe(ARTICLES * POSITIONS_PER_ARTICLE);
    const filters: Array<[string, CorpusFilter]> = [
      ['all', {}],
      ['issue', { issue: 'syria' }],
      ['issue + dates', { issue: 'syria', from: '2024-03-01', to: '2024-06-30' }],
      ['countries', { countries: ['EG', 'RU', 'US'] }],
    ];
    for (const [name, filter] of filters) {
      const { ms, cpuMs, result } = await timed(() => env.store.positions(filter));
      expect(result.length).toBeGreaterThan(0);
      console.log(
        `[${backend}] positions(${name}): ${result.length} records in ${ms.toFixed(1)} ms (this process's CPU ${cpuMs.toFixed(1)} ms; load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  });
});
