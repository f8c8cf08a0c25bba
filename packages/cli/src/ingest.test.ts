import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@accord/store';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './test-run.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const badinput = resolve(repoRoot, '../shared/badinput');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-ingest-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('accord ingest', () => {
  it('refuses a --date that is no calendar day, saying what is wrong', async () => {
    for (const command of ['ingest', 'analyze']) {
      const { code, err } = await run(command, join(tmp, 'none.txt'), '--date', '2017-13-45');
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(/--date "2017-13-45" is not a real date \(there is no month 13/);
    }
  });

  const text = (country: string, code: string) => `${country}'s foreign minister said ${country} ${code} in Syria and rejects any foreign interference.`;

  it('goes on past a dangling link, a link loop and a FIFO in a folder, naming each', async () => {
    const dir = join(tmp, 'odd');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), text('Egypt', 'supports a political solution'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync('.', join(dir, 'loop'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const { code, out, err } = await run('ingest', dir, '--database', `file:${join(tmp, 'odd.db')}`, '--json', '--workers', '0');
    expect(code).toBe(1);
    expect(JSON.parse(out[0]!)).toEqual({ ingested: 1, duplicates: 0, failed: 3 });
    expect(err.join('\n')).toMatch(
      /dangling\.txt: cannot read: a symbolic link to nothing[\s\S]*loop: skipped: a symbolic link loop[\s\S]*pipe\.txt: skipped: not a regular file/,
    );
  });

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

  it('stops on Ctrl-C (SIGINT) as a real process: exit 130, what was committed stays, a rerun continues', async () => {
    const dir = join(tmp, 'sigint');
    mkdirSync(dir);
    // Long texts, so the batch is still running when the signal comes.
    const body = text('Egypt', 'supports a political solution').repeat(800);
    for (let i = 0; i < 80; i++) writeFileSync(join(dir, `a${i}.txt`), `${body} Number ${i}.`);
    const db = `file:${join(tmp, 'sigint.db')}`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'packages/cli/src/bin.ts'), 'ingest', dir, '--database', db, '--json', '--workers', '1'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
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
});
