import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AnalysisPool } from './pool.js';

// Workers written inline, so a test can make one fail to load or crash on demand.
function inline(source: string, spawned: Worker[]): () => Worker {
  return () => {
    const worker = new Worker(`const { parentPort } = require('node:worker_threads');\n${source}`, { eval: true });
    spawned.push(worker);
    return worker;
  };
}

const exited = (worker: Worker) => worker.threadId === -1;

describe('AnalysisPool', () => {
  it('analyses on a real worker thread and leaves no thread behind after close', async () => {
    const pool = new AnalysisPool(1);
    const { analysis, fingerprint } = await pool.analyze({ text: 'Egypt supports a political solution in Syria.', language: 'en' });
    expect(analysis.language).toBe('en');
    expect(fingerprint).toBeDefined();
    await pool.close();
    await expect(pool.analyze({ text: 'x' })).rejects.toThrow(/closed/);
  }, 30_000);

  it('fails fast with one clear error when a worker cannot even load, instead of respawning forever', async () => {
    const spawned: Worker[] = [];
    const pool = new AnalysisPool(2, inline("throw new Error('Cannot find module analysis-worker.js')", spawned));
    const jobs = [1, 2, 3].map(() =>
      expect(pool.analyze({ text: 'x' })).rejects.toThrow(/could not start \(Cannot find module analysis-worker\.js\); run with --workers 0/),
    );
    await Promise.all(jobs);
    await expect(pool.analyze({ text: 'x' })).rejects.toMatchObject({ code: 'no_workers' });
    await new Promise((r) => setTimeout(r, 200));
    expect(spawned.length).toBe(2);
    await pool.close();
    expect(spawned.every(exited)).toBe(true);
  }, 30_000);

  it('replaces a worker that crashes on one article, failing only that article', async () => {
    const spawned: Worker[] = [];
    const source = `parentPort.on('message', (task) => {
      if (task.text === 'crash') throw new Error('boom');
      parentPort.postMessage({ result: { analysis: { text: task.text }, fingerprint: [] } });
    });
    parentPort.postMessage({ ready: true });`;
    const pool = new AnalysisPool(1, inline(source, spawned));
    await expect(pool.analyze({ text: 'crash' })).rejects.toThrow(/boom/);
    await expect(pool.analyze({ text: 'fine' })).resolves.toMatchObject({ analysis: { text: 'fine' } });
    expect(spawned.length).toBe(2);
    await pool.close();
    expect(spawned.every(exited)).toBe(true);
  }, 30_000);

  it('rejects what is still queued when closed, so no caller waits forever', async () => {
    const spawned: Worker[] = [];
    const pool = new AnalysisPool(1, inline("parentPort.postMessage({ ready: true }); parentPort.on('message', () => {});", spawned));
    const first = expect(pool.analyze({ text: 'held' })).rejects.toThrow(/stopped/);
    const queued = expect(pool.analyze({ text: 'queued' })).rejects.toThrow(/closed/);
    await pool.close();
    await Promise.all([first, queued]);
  }, 30_000);
});
