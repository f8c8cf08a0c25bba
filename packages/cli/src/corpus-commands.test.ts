import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { openStore } from '@accord/store';
import { engineVersion } from '@accord/stance';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './test-run.js';

let tmp: string;
let db: string;

const articles: Record<string, string> = {
  '2017-03-01-a':
    'Egyptian Foreign Minister Sameh Shoukry said Egypt supports a political solution in Syria. Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.',
  '2017-04-02-b':
    'Russian Foreign Minister Sergei Lavrov said Russia rejects foreign military intervention in Syria. French Foreign Minister Jean-Marc Ayrault said France supports military strikes against the Syrian regime.',
  '2018-01-05-c': 'The Egyptian foreign minister said Egypt supports a political solution in Libya.',
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-corpus-cli-'));
  const dir = join(tmp, 'news');
  mkdirSync(dir);
  const lines = Object.entries(articles).map(([id, text]) => JSON.stringify({ id, text, date: id.slice(0, 10), source: 'wire' }));
  writeFileSync(join(dir, 'news.jsonl'), `${lines.join('\n')}\n`);
  db = `file:${join(tmp, 'accord.db')}`;
  const r = await run('ingest', dir, '--database', db, '--json', '--workers', '0');
  expect(JSON.parse(r.out[0]!)).toEqual({ ingested: 3, duplicates: 0, failed: 0 });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('accord agreement', () => {
  it('prints the matrix with counts and evidence as JSON, filtered by date', async () => {
    const r = await run('agreement', '--issue', 'syria', '--database', db, '--json');
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.out.join('\n'));
    const egru = matrix.cells.find((c: { a: string; b: string }) => c.a === 'EG' && c.b === 'RU');
    expect(egru.sScore).toBeGreaterThan(0);
    expect(egru.articles).toBe(2);
    expect(egru.evidence.length).toBeGreaterThan(0);
    const march = JSON.parse((await run('agreement', '--issue', 'syria', '--database', db, '--json', '--to', '2017-03-31')).out.join('\n'));
    expect(march.cells.find((c: { a: string; b: string }) => c.a === 'EG' && c.b === 'RU').articles).toBe(1);
  });

  it('narrows to the countries asked for and prints a table without --json', async () => {
    const r = await run('agreement', '--issue', 'syria', '--countries', 'EGY,ru', '--database', db);
    expect(r.out[0]).toMatch(/^pair\s+align\s+S\s+kappa/);
    expect(r.out.slice(1).every((l) => l.startsWith('EG-RU'))).toBe(true);
  });

  it('says why a database cannot be opened, with its cause, and not as an internal error', async () => {
    const refused = await run('agreement', '--issue', 'syria', '--database', 'postgres://postgres@127.0.0.1:1/accord');
    expect(refused.code).toBe(1);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(
      /^accord: cannot open postgres:\/\/postgres@127\.0\.0\.1:1\/accord: nothing answers there \(connect ECONNREFUSED 127\.0\.0\.1:1\): check the host and port/,
    );
    const unknown = await run('ingest', tmp, '--database', 'mysql://localhost/accord');
    expect(unknown.err[0]).toMatch(/^accord: cannot open "mysql:\/\/localhost\/accord": DATABASE_URL must be file:PATH/);
  });

  it('refuses a missing or unknown issue and bad filters as usage errors', async () => {
    expect((await run('agreement', '--database', db)).code).toBe(2);
    expect((await run('agreement', '--issue', 'mars', '--database', db)).err[0]).toMatch(/unknown issue "mars"/);
    expect((await run('agreement', '--issue', 'syria', '--from', 'March', '--database', db)).code).toBe(2);
    expect((await run('agreement', '--issue', 'syria', '--countries', 'EG,XX', '--database', db)).err[0]).toMatch(/unknown country code "XX"/);
    const swapped = await run('agreement', '--issue', 'syria', '--from', '2025-01-01', '--to', '2020-01-01', '--database', db);
    expect(swapped.code).toBe(2);
    expect(swapped.err[0]).toMatch(/--from 2025-01-01 is after --to 2020-01-01: swap them/);
  });
});

describe('accord export', () => {
  it('writes every table as CSV that reads back', async () => {
    const out = join(tmp, 'export');
    const r = await run('export', '--database', db, '--out', out);
    expect(r.code).toBe(0);
    const rows = (name: string) => parse(readFileSync(join(out, `${name}.csv`), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows('articles')).toHaveLength(3);
    expect(rows('positions').some((p) => p.country === 'EG' && p.issue === 'libya')).toBe(true);
    expect(rows('matrix').some((c) => c.a === 'EG' && c.b === 'RU' && c.issue === 'syria')).toBe(true);
  });

  it('writes JSON when asked', async () => {
    const out = join(tmp, 'export-json');
    await run('export', '--database', db, '--out', out, '--format', 'json', '--issue', 'syria');
    const positions = JSON.parse(readFileSync(join(out, 'positions.json'), 'utf8'));
    expect(positions.every((p: { issue: string }) => p.issue === 'syria')).toBe(true);
  });
});

describe('accord reanalyze', () => {
  it('re-reads only articles an other engine version analysed', async () => {
    const store = await openStore({ url: db });
    const { items } = await store.listArticles({});
    const stale = (await store.getArticle(items[0]!.id))!;
    await store.replaceAnalysis(stale.id, stale.analysis, '0.0.1-old');
    await store.close();
    const r = await run('reanalyze', '--database', db, '--json', '--workers', '0');
    expect(JSON.parse(r.out[0]!)).toEqual({ reanalyzed: 1, failed: 0, engineVersion: engineVersion() });
    expect(JSON.parse((await run('reanalyze', '--database', db, '--json')).out[0]!).reanalyzed).toBe(0);
  });

  it('goes on past an article it cannot re-read, to the last page, and reports it once', async () => {
    const manyDb = `file:${join(tmp, 'many-stale.db')}`;
    const store = await openStore({ url: manyDb });
    const empty = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };
    const saveOld = (text: string, speakerCountry: string | null) =>
      store.saveArticle({ article: { text, language: 'en', speakerCountry }, analysis: empty, engineVersion: 'old', fingerprint: fingerprint(text) });
    // Stored first, so it heads every page of stale ids: a country code the engine does not know.
    const bad = await saveOld('A speech by a country the lexicon does not know.', 'XX');
    for (let i = 0; i < 205; i++) await saveOld(`Brief number ${i} on nothing in particular.`, null);
    await store.close();
    const r = await run('reanalyze', '--database', manyDb, '--json', '--workers', '0');
    expect(JSON.parse(r.out[0]!)).toEqual({ reanalyzed: 205, failed: 1, engineVersion: engineVersion() });
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^accord: ${bad.id}: unknown country code "XX"`))]);
    expect(r.code).toBe(1);
  }, 60_000);

  it("re-reads a speech as its country's statement again", async () => {
    const dir = join(tmp, 'speech');
    mkdirSync(dir);
    writeFileSync(join(dir, 'EGY_70_2015.txt'), 'We support a political solution in Syria.');
    const speechDb = `file:${join(tmp, 'speech.db')}`;
    await run('ingest', dir, '--name-pattern', 'ungd', '--database', speechDb, '--workers', '0');
    const store = await openStore({ url: speechDb });
    const [speech] = (await store.listArticles({})).items;
    await store.replaceAnalysis(speech!.id, { language: 'en', actors: [], stances: [], agreements: [], relations: [] }, 'old');
    await store.close();
    await run('reanalyze', '--database', speechDb, '--workers', '0');
    const reopened = await openStore({ url: speechDb });
    expect((await reopened.positions({ issue: 'syria' })).map((p) => p.country)).toEqual(['EG']);
    await reopened.close();
  });
});
