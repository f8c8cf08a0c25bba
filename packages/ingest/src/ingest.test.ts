import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@accord/store';
import { createTestStore, testBackends } from '@accord/store/testing';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './ingest.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const badinput = resolve(repoRoot, '../shared/badinput');
const text = (country: string, code: string) => `${country}'s foreign minister said ${country} ${code} in Syria and rejects any foreign interference.`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-ingest-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(testBackends())('ingest into %s', (backend) => {
  it.skipIf(!existsSync(badinput))(
    'stores every readable hostile input, NUL characters included, and names each failure',
    async () => {
      const { store, cleanup } = await createTestStore({ backend });
      try {
        const summary = await ingest({ paths: [badinput], store, workers: 0 });
        expect(
          summary.failures
            .map((f) => f.message)
            .filter((m) => !/empty text|has no letters|not valid JSON|empty line|not a JSON object|no "content"|is number|duplicate id/.test(m)),
        ).toEqual([]);
        expect((await store.stats()).articles).toBe(summary.ingested);
        const { items } = await store.listArticles({ q: 'bidi' });
        expect(items.length + summary.ingested).toBeGreaterThan(10);
      } finally {
        await cleanup();
      }
      // Two texts of 2 MB and more, analysed on the test's own thread: slow on a busy machine.
    },
    180_000,
  );
});

describe('ingest', () => {
  it('reports a truncated or corrupt archive, keeps the entries before the damage, and goes on to the next file', async () => {
    const src = join(tmp, 'damaged-src');
    mkdirSync(join(src, 'a'), { recursive: true });
    for (let i = 0; i < 300; i++)
      writeFileSync(join(src, 'a', `f${i}.txt`), `${text('Egypt', 'supports a political solution')} Item ${i} of the damaged archive.`);
    const whole = join(tmp, 'whole.tar.gz');
    await tar.c({ gzip: true, file: whole, cwd: src }, ['a']);
    const dir = join(tmp, 'damaged');
    mkdirSync(dir);
    const bytes = readFileSync(whole);
    writeFileSync(join(dir, 'truncated.tar.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(join(dir, 'garbage.tar.gz'), Buffer.from('this is not an archive at all, just some words '.repeat(20)));
    writeFileSync(join(dir, 'z.txt'), text('Russia', 'supports a political solution'));
    const store = await openStore({ url: `file:${join(tmp, 'damaged.db')}` });
    try {
      const summary = await ingest({ paths: [dir], store, workers: 0 });
      expect(summary.failures.map((f) => `${basename(f.origin)}: ${f.message}`).sort()).toEqual([
        expect.stringMatching(/^garbage\.tar\.gz: not a readable \.tar\.gz archive/),
        expect.stringMatching(/^truncated\.tar\.gz: not a readable \.tar\.gz archive/),
      ]);
      expect(summary.ingested).toBeGreaterThan(1);
      expect(summary.ingested).toBeLessThan(301);
      expect((await store.listArticles({ q: 'foreign interference', limit: 500 })).items.some((a) => a.externalId === 'z')).toBe(true);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('stops taking articles when interrupted, keeps what it committed, and a rerun continues', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `n${i}.txt`), `${text('Egypt', 'supports a political solution')} Item ${i}.`);
    const store = await openStore({ url: `file:${join(tmp, 'many.db')}` });
    const controller = new AbortController();
    const first = await ingest({ paths: [dir], store, workers: 0, signal: controller.signal, onProgress: (p) => p.ingested >= 3 && controller.abort() });
    expect(first.interrupted).toBe(true);
    expect(first.ingested).toBeGreaterThanOrEqual(3);
    expect(first.ingested).toBeLessThan(12);
    expect((await store.stats()).articles).toBe(first.ingested);
    const second = await ingest({ paths: [dir], store, workers: 0 });
    expect(second.ingested + second.duplicates).toBe(12);
    expect(second.duplicates).toBe(first.ingested);
    expect((await store.stats()).articles).toBe(12);
    await store.close();
  });

  it('links reprints of one wire story to one story', async () => {
    const dir = join(tmp, 'wire');
    mkdirSync(dir);
    const story =
      'Egypt and the United States agreed on Sunday to double their joint efforts to confront terrorism, the foreign ministers of the two countries said after talks in Cairo. Egyptian Foreign Minister Sameh Shoukry said Egypt rejects terrorism in all its forms and supports a comprehensive approach. US Secretary of State John Kerry said Washington supports Egypt in its fight against terrorism and extremism in Sinai.';
    writeFileSync(join(dir, 'outlet1.txt'), story);
    writeFileSync(join(dir, 'outlet2.txt'), `CAIRO (Agency) - ${story.replace('on Sunday', 'on Sunday, August 2')} The talks also covered Libya.`);
    writeFileSync(join(dir, 'other.txt'), text('Russia', 'supports a political solution'));
    const store = await openStore({ url: `file:${join(tmp, 'wire.db')}` });
    await ingest({ paths: [dir], store, workers: 0 });
    const { items } = await store.listArticles({});
    const byName = new Map(items.map((a) => [a.externalId, a.storyId]));
    expect(byName.get('outlet1')).toBe(byName.get('outlet2'));
    expect(byName.get('other')).not.toBe(byName.get('outlet1'));
    await store.close();
  });

  it('reads at most limit articles of a source', async () => {
    const store = await openStore({ url: 'file::memory:' });
    try {
      const lines = ['Egypt', 'Russia', 'France', 'Turkey'].map((c, i) => JSON.stringify({ id: `n${i}`, text: text(c, 'supports a political solution') }));
      writeFileSync(join(tmp, 'four.jsonl'), `${lines.join('\n')}\n`);
      const summary = await ingest({ paths: [join(tmp, 'four.jsonl')], store, workers: 0, limit: 2 });
      expect(summary).toMatchObject({ ingested: 2, failed: 0, interrupted: false });
      expect((await store.listArticles({})).items.map((a) => a.externalId).sort()).toEqual(['n0', 'n1']);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown speaker country or name-pattern field before reading anything', async () => {
    const store = await openStore({ url: 'file::memory:' });
    try {
      await expect(ingest({ paths: [tmp], store, workers: 0, speakerCountry: 'XX' })).rejects.toMatchObject({
        code: 'unknown_country',
        message: expect.stringMatching(/unknown country code "XX"/),
      });
      await expect(ingest({ paths: [tmp], store, workers: 0, namePattern: '{nation}' })).rejects.toMatchObject({ code: 'bad_pattern' });
      expect((await store.stats()).articles).toBe(0);
    } finally {
      await store.close();
    }
  });
});
