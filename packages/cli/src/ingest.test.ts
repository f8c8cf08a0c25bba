import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@accord/store';
import { createTestStore, testBackends } from '@accord/store/testing';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.js';
import { ingest } from './ingest.js';
import { runCli } from './main.js';
import { namePattern } from './naming.js';
import { articleSources } from './sources.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const badinput = resolve(repoRoot, '../shared/badinput');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-ingest-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('dates and file names', () => {
  it('reads the dates sources print', () => {
    expect(normalizeDate('2015-08-10 19:23:06')).toBe('2015-08-10');
    expect(normalizeDate('08 May 2024, 23:15')).toBe('2024-05-08');
    expect(normalizeDate('التاريخ: 18 يوليو 2012')).toBe('2012-07-18');
    expect(normalizeDate('May 8, 2024')).toBe('2024-05-08');
    expect(normalizeDate('١٨/٠٧/٢٠١٢')).toBe('2012-07-18');
    expect(normalizeDate('2015')).toBe('2015-01-01');
    expect(normalizeDate('2015-02-30')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
  });

  it('takes country and year from UN General Debate names, and rejects unknown fields', () => {
    expect(namePattern('ungd')('EGY_70_2015')).toEqual({ country: 'EGY', date: '2015-01-01' });
    expect(namePattern('{country}-{date}')('RU-2020-03-01')).toEqual({ country: 'RU', date: '2020-03-01' });
    expect(namePattern('ungd')('readme')).toBeNull();
    expect(() => namePattern('{nation}_{year}')).toThrow(/unknown field \{nation\}/);
  });
});

describe.each(testBackends())('ingest into %s', (backend) => {
  it.skipIf(!existsSync(badinput))('stores every readable hostile input, NUL characters included, and names each failure', async () => {
    const { store, cleanup } = await createTestStore({ backend });
    try {
      const summary = await ingest({ paths: [badinput], store, workers: 0 });
      expect(summary.failures.map((f) => f.message).filter((m) => !/empty text|not valid JSON|empty line|not a JSON object|no "content"|is number|duplicate id/.test(m))).toEqual([]);
      expect((await store.stats()).articles).toBe(summary.ingested);
      const { items } = await store.listArticles({ q: 'bidi' });
      expect(items.length + summary.ingested).toBeGreaterThan(10);
    } finally {
      await cleanup();
    }
  });
});

describe('accord ingest', () => {
  const text = (country: string, code: string) => `${country}'s foreign minister said ${country} ${code} in Syria and rejects any foreign interference.`;

  it('stores a folder once: a second run ingests nothing new and counts duplicates', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), text('Egypt', 'supports a political solution'));
    writeFileSync(join(dir, 'b.txt'), text('Russia', 'supports a political solution'));
    writeFileSync(join(dir, 'notes.bin'), Buffer.from([0, 1, 2]));
    const db = `file:${join(tmp, 'folder.db')}`;
    const first = await run('ingest', dir, '--database', db, '--json', '--workers', '1');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0]!)).toEqual({ ingested: 2, duplicates: 0, failed: 0 });
    const second = await run('ingest', dir, '--database', db, '--json');
    expect(JSON.parse(second.out[0]!)).toEqual({ ingested: 0, duplicates: 2, failed: 0 });
    const store = await openStore({ url: db });
    const { items } = await store.listArticles({});
    expect(items.map((a) => a.source).sort()).toEqual(['folder', 'folder']);
    const positions = await store.positions({ issue: 'syria' });
    expect(new Set(positions.map((p) => p.country))).toEqual(new Set(['EG', 'RU']));
    await store.close();
  });

  it.skipIf(!existsSync(badinput))('ingests the good records of malformed.jsonl and reports each bad line by number', async () => {
    const db = `file:${join(tmp, 'malformed.db')}`;
    const r = await run('ingest', join(badinput, 'malformed.jsonl'), '--database', db, '--json', '--workers', '0');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out[0]!)).toEqual({ ingested: 2, duplicates: 0, failed: 7 });
    for (const line of [2, 3, 4, 5, 6, 7, 9]) expect(r.err.some((e) => e.includes(`malformed.jsonl:${line}:`))).toBe(true);
  });

  it.skipIf(!existsSync(badinput))('survives every hostile input in one batch', async () => {
    const db = `file:${join(tmp, 'bad.db')}`;
    const r = await run('ingest', badinput, join(badinput, 'binary.bin'), '--database', db, '--json');
    const summary = JSON.parse(r.out[0]!);
    expect(summary.ingested).toBeGreaterThanOrEqual(10);
    expect(r.err.some((e) => /binary\.bin: .*not a text file/i.test(e))).toBe(true);
    // control-chars.txt holds a NUL: stored all the same, as U+FFFD at the same offset.
    expect(r.err.some((e) => e.includes('control-chars'))).toBe(false);
    for (const line of r.err) expect(line).toMatch(/^(accord|ingest): [^\n]+$/);
  });

  it('reads a .tar.gz archive and takes speaker country and year from file names', async () => {
    const src = join(tmp, 'speeches');
    mkdirSync(join(src, 'ungd'), { recursive: true });
    writeFileSync(join(src, 'ungd', 'EGY_70_2015.txt'), 'We support a political solution in Syria and reject foreign interference.');
    writeFileSync(join(src, 'ungd', 'RUS_70_2015.txt'), 'We support a political solution in Syria. Terrorism must be fought.');
    const archive = join(tmp, 'speeches.tar.gz');
    await tar.c({ gzip: true, file: archive, cwd: src }, ['ungd']);
    const db = `file:${join(tmp, 'tar.db')}`;
    const r = await run('ingest', archive, '--name-pattern', 'ungd', '--database', db, '--json', '--workers', '0');
    expect(JSON.parse(r.out[0]!)).toEqual({ ingested: 2, duplicates: 0, failed: 0 });
    const store = await openStore({ url: db });
    const positions = await store.positions({ issue: 'syria' });
    expect(new Set(positions.map((p) => `${p.country} ${p.date}`))).toEqual(new Set(['EG 2015-01-01', 'RU 2015-01-01']));
    const { items } = await store.listArticles({});
    expect(new Set(items.map((a) => a.source))).toEqual(new Set(['speeches']));
    expect(new Set(items.map((a) => a.speakerCountry))).toEqual(new Set(['EG', 'RU']));
    await store.close();
  });

  it('reports a truncated or corrupt archive, keeps the entries before the damage, and goes on to the next file', async () => {
    const src = join(tmp, 'damaged-src');
    mkdirSync(join(src, 'a'), { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(src, 'a', `f${i}.txt`), `${text('Egypt', 'supports a political solution')} Item ${i} of the damaged archive.`);
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

  it('yields every entry of a large archive to a slow reader, and stops reading it when the reader stops', async () => {
    const src = join(tmp, 'many-entries');
    mkdirSync(join(src, 'a'), { recursive: true });
    for (let i = 0; i < 500; i++) writeFileSync(join(src, 'a', `f${i}.txt`), `Entry ${i}.`);
    const archive = join(tmp, 'many-entries.tar.gz');
    await tar.c({ gzip: true, file: archive, cwd: src }, ['a']);
    const seen = new Set<string>();
    for await (const item of articleSources([archive])) {
      if ('article' in item) seen.add(item.article.text);
      if (seen.size % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen.size).toBe(500);
    let taken = 0;
    for await (const item of articleSources([archive])) if ('article' in item && ++taken === 3) break;
    expect(taken).toBe(3);
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

  it('stops on Ctrl-C (SIGINT) as a real process: exit 130, what was committed stays, a rerun continues', async () => {
    const dir = join(tmp, 'sigint');
    mkdirSync(dir);
    // Long texts, so the batch is still running when the signal comes.
    const body = text('Egypt', 'supports a political solution').repeat(800);
    for (let i = 0; i < 80; i++) writeFileSync(join(dir, `a${i}.txt`), `${body} Number ${i}.`);
    const db = `file:${join(tmp, 'sigint.db')}`;
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages/cli/src/bin.ts'), 'ingest', dir, '--database', db, '--json', '--workers', '1'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => {
      err += d;
    });
    // Signal once the first articles are in: the store file has rows when the pool has started.
    const code = await new Promise<number | null>((resolve) => {
      const timer = setInterval(async () => {
        if (!existsSync(join(tmp, 'sigint.db'))) return;
        const store = await openStore({ url: db });
        const { articles } = await store.stats();
        await store.close();
        if (articles >= 2) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 100);
      child.on('exit', (c) => {
        clearInterval(timer);
        resolve(c);
      });
    });
    expect(code, err).toBe(130);
    const first = JSON.parse(out.trim());
    expect(first.ingested).toBeGreaterThanOrEqual(2);
    expect(first.ingested).toBeLessThan(80);
    const rerun = await run('ingest', dir, '--database', db, '--json', '--workers', '0');
    expect(JSON.parse(rerun.out[0]!)).toEqual({ ingested: 80 - first.ingested, duplicates: first.ingested, failed: 0 });
  }, 120_000);

  it('links reprints of one wire story to one story', async () => {
    const dir = join(tmp, 'wire');
    mkdirSync(dir);
    const story = 'Egypt and the United States agreed on Sunday to double their joint efforts to confront terrorism, the foreign ministers of the two countries said after talks in Cairo. Egyptian Foreign Minister Sameh Shoukry said Egypt rejects terrorism in all its forms and supports a comprehensive approach. US Secretary of State John Kerry said Washington supports Egypt in its fight against terrorism and extremism in Sinai.';
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
});
