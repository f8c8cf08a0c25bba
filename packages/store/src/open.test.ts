import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from './error.js';
import { openStore } from './store.js';

const storeSource = new URL('./store.ts', import.meta.url).href;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'accord-store-open-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Opens the store at `url` in a process of its own; resolves to its exit code and stderr. */
function openInProcess(url: string): Promise<{ code: number | null; err: string }> {
  const program = `const { openStore } = await import(${JSON.stringify(storeSource)}); const store = await openStore({ url: ${JSON.stringify(url)} }); await store.stats(); await store.close();`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, err })));
}

describe('openStore', () => {
  it('names what it accepts when the URL is neither file: nor postgres:', async () => {
    const failure = openStore({ url: 'mysql://root:secret@localhost/accord' });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid_url', message: expect.stringMatching(/^\[accord\/store\] .*file:PATH.*postgres:\/\//) });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('secret') });
  });

  it('fails to open, with the cause, when the server is not there', async () => {
    await expect(openStore({ url: 'postgres://postgres@127.0.0.1:1/accord' })).rejects.toMatchObject({ code: 'open_failed', cause: expect.anything() });
  });

  it('opens DATABASE_URL when no url is given, creating its folders', async () => {
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${join(tmp, 'nested', 'accord.db')}`;
    try {
      const store = await openStore();
      expect(store.backend).toBe('sqlite');
      await store.close();
      expect(existsSync(join(tmp, 'nested', 'accord.db'))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });

  it('opens an in-memory SQLite store', async () => {
    const store = await openStore({ url: 'file::memory:' });
    expect(store.backend).toBe('sqlite');
    const text = "Egypt's foreign minister said Egypt supports a political solution in Syria.";
    const empty = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };
    expect(
      (await store.saveArticle({ article: { text, language: 'en' }, analysis: empty, engineVersion: 'test', fingerprint: fingerprint(text) })).status,
    ).toBe('ingested');
    await store.close();
  });
});

// Two processes opening one fresh file used to both run 0002_speaker_country, and one failed
// with "duplicate column name: speaker_country" (seen in the CLI's SIGINT test).
describe('opening one fresh SQLite file at once', () => {
  it('from several processes: each opens it, and the migrations run once', async () => {
    for (let round = 0; round < 2; round++) {
      const url = `file:${join(tmp, `processes-${round}.db`)}`;
      const opened = await Promise.all(Array.from({ length: 4 }, () => openInProcess(url)));
      for (const { code, err } of opened) expect(code, err).toBe(0);
      const store = await openStore({ url });
      await expect(store.stats()).resolves.toMatchObject({ articles: 0 });
      await store.close();
    }
  }, 120_000);

  it('from several connections of one process', async () => {
    for (let round = 0; round < 5; round++) {
      const url = `file:${join(tmp, `connections-${round}.db`)}`;
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore({ url })));
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
