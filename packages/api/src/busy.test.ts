import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestStore, type TestStore } from '@accord/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisThreads } from './analysis.js';
import { createApp } from './app.js';
import { repoRoot } from './test-app.js';

const seed = readFileSync(resolve(repoRoot, 'fixtures/en/en-01-lavrov-safadi-moscow.txt'), 'utf8');
const post = (text: string) => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });

describe('big work leaves the event loop free', () => {
  let env: TestStore;
  const threads = new AnalysisThreads(1, 1);
  beforeAll(async () => {
    env = await createTestStore({ backend: 'sqlite' });
  });
  afterAll(async () => {
    await threads.close();
    await env.cleanup();
  });

  it('answers /health while a long /analyze runs on a worker, and refuses analyses past the queue with 503 and Retry-After', async () => {
    const app = createApp({ store: env.store, analysis: threads });
    const big = seed.repeat(200);
    const order: string[] = [];
    const analyses = [1, 2, 3].map((k) => Promise.resolve(app.request('/api/v1/analyze', post(big))).then((res) => (order.push(`analyze ${res.status}`), res)));
    const health = await app.request('/api/v1/health');
    order.push(`health ${health.status}`);
    const answered = await Promise.all(analyses);
    expect(order.filter((o) => o !== 'analyze 503')[0]).toBe('health 200');
    const busy = answered.filter((r) => r.status === 503);
    expect(busy.length).toBe(1);
    expect(busy[0]!.headers.get('retry-after')).toBe('5');
    expect(((await busy[0]!.json()) as { type: string }).type).toBe('https://accord.dev/problems/busy');
    expect(answered.filter((r) => r.status === 200).length).toBe(2);
  }, 60_000);

  it('lets timers run between the articles of a batch', async () => {
    const app = createApp({ store: env.store });
    const seen = new Set<number>();
    const ticker = setInterval(() => void env.store.stats().then((s) => seen.add(s.articles)), 0);
    const articles = [1, 2, 3, 4].map((k) => ({ text: `${seed}\n\nReprint ${k}.` }));
    const res = await app.request('/api/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    clearInterval(ticker);
    expect(res.status).toBe(201);
    // Counts between the first and the last article: the loop turned while the batch was half done.
    expect([...seen].some((n) => n > 0 && n < 4)).toBe(true);
  }, 60_000);
});
