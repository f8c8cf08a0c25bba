import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@accord/corpus';
import { openStore } from '@accord/store';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './test-run.js';

let tmp: string;
let db: string;

// Yemen: the coalition blames the Houthis and backs the government, Iran backs the Houthis.
const articles: Record<string, [string, string]> = {
  '2017-11-05-sa': [
    'Saudi Foreign Minister Adel al-Jubeir condemned the Houthi attacks on Riyadh and said the kingdom supports the legitimate government of Yemen.',
    'spa',
  ],
  '2018-05-01-ae': ['Emirati Foreign Minister Abdullah bin Zayed said the UAE supports the legitimate government of Yemen and condemned the Houthis.', 'wam'],
  '2017-12-01-ae': ["Emirati Foreign Minister Abdullah bin Zayed condemned the Houthi attacks and praised Saudi Arabia's role in Yemen.", 'wam'],
  '2016-08-10-ir': ['Iranian Foreign Minister Mohammad Javad Zarif praised the Houthis and condemned the Saudi-led coalition in Yemen.', 'irna'],
  '2017-02-01-ir': [
    'Iranian Foreign Minister Mohammad Javad Zarif said Iran backs the Houthis and condemned the Saudi-led coalition for its strikes in Yemen.',
    'irna',
  ],
  '2018-03-26-sa': [
    'Saudi Foreign Minister Adel al-Jubeir said the kingdom condemns the Houthi missiles and supports the legitimate government of Yemen.',
    'spa',
  ],
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-relations-cli-'));
  const dir = join(tmp, 'news');
  mkdirSync(dir);
  for (const outlet of new Set(Object.values(articles).map(([, o]) => o))) {
    const lines = Object.entries(articles)
      .filter(([, [, o]]) => o === outlet)
      .map(([id, [text]]) => JSON.stringify({ id, text, date: id.slice(0, 10), source: outlet }));
    writeFileSync(join(dir, `${outlet}.jsonl`), `${lines.join('\n')}\n`);
  }
  db = `file:${join(tmp, 'accord.db')}`;
  expect((await run('ingest', dir, '--database', db, '--workers', '0', '--json')).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('accord relations', () => {
  it('lists who backs and blames whom, newest first, filtered by either end', async () => {
    const r = await run('relations', '--database', db, '--source', 'SAU', '--target', 'Houthis');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^date\s+source\s+target\s+issue\s+stance\s+evidence$/);
    expect(r.out.slice(1)).toEqual([
      expect.stringMatching(/^2018-03-26 SA\s+houthis\s+yemen\s+blames Saudi Foreign Minister/),
      expect.stringMatching(/^2017-11-05 SA\s+houthis/),
    ]);
    expect(r.err).toEqual(['accord: 2 relations']);
  });

  it('prints the records with their evidence as JSON, filtered by issue, dates, language and outlet', async () => {
    const r = await run(
      'relations',
      '--database',
      db,
      '--json',
      '--issue',
      'yemen',
      '--from',
      '2017-01-01',
      '--to',
      '2017-12-31',
      '--language',
      'en',
      '--outlet',
      'irna',
    );
    const records = JSON.parse(r.out.join('\n'));
    expect([...new Set(records.map((x: { source: string; target: string }) => `${x.source}>${x.target}`))].sort()).toEqual(['IR>arab_coalition', 'IR>houthis']);
    for (const x of records) expect(x.evidence[0].text).toContain('Zarif');
    expect((await run('relations', '--database', db, '--issue', 'libya')).out).toEqual(['No relation in this selection.']);
  });

  it('refuses an unknown end, issue or date as a usage error naming the flag', async () => {
    expect(await run('relations', '--database', db, '--target', 'rebels')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^accord: --target: unknown relation target "rebels"/)],
    });
    expect(await run('relations', '--database', db, '--source', 'XX')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^accord: --source: unknown country code "XX"/)],
    });
    expect((await run('relations', '--database', db, '--issue', 'mars')).code).toBe(2);
    expect((await run('relations', '--database', db, '--from', '2019-01-01', '--to', '2018-01-01')).err[0]).toMatch(
      /--from 2019-01-01 is after --to 2018-01-01/,
    );
  });
});

describe('accord agreement and export with relations', () => {
  it('prints alignment first and orders pairs by --measure', async () => {
    const r = await run('agreement', '--issue', 'yemen', '--database', db);
    expect(r.out[0]).toMatch(/^pair\s+align\s+S\s+kappa\s+explicit/);
    // The coalition's members first, Iran against either last of the pairs alignment scores, the others after.
    const aligned = r.out.slice(1).filter((line) => !/^\S+\s+-\s/.test(line));
    expect(aligned[0]).toMatch(/^AE-SA\s+0\.\d\d/);
    expect(aligned.at(-1)).toMatch(/^(AE-IR|IR-SA)\s+-0\.\d\d/);
    expect(r.out.slice(1 + aligned.length).every((line) => /^\S+\s+-\s/.test(line))).toBe(true);
    const bySScore = await run('agreement', '--issue', 'yemen', '--database', db, '--measure', 's');
    expect(bySScore.code).toBe(0);
    expect((await run('agreement', '--issue', 'yemen', '--database', db, '--measure', 'votes')).err[0]).toMatch(/--measure must be alignment, s or kappa/);
  });

  it('writes relations.csv and relations in JSON, and the matrix with alignment and its parts', async () => {
    const out = join(tmp, 'export');
    expect((await run('export', '--database', db, '--out', out, '--issue', 'yemen')).code).toBe(0);
    const rows = (name: string) => parse(readFileSync(join(out, `${name}.csv`), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const relations = rows('relations');
    expect(relations.some((x) => x.source === 'IR' && x.target === 'houthis' && x.polarity === '1' && x.evidence?.includes('Zarif'))).toBe(true);
    expect(Object.keys(relations[0]!)).toEqual(['articleId', 'storyId', 'date', 'source', 'target', 'issue', 'polarity', 'confidence', 'evidence', 'spans']);
    const aeSa = rows('matrix').find((c) => c.a === 'AE' && c.b === 'SA')!;
    expect(Number(aeSa.alignment)).toBeGreaterThan(0);
    expect(aeSa.alignmentParts).toMatch(/relation:\w+ [+-]\d\.\d{3}/);
    const json = join(tmp, 'export-json');
    await run('export', '--database', db, '--out', json, '--format', 'json', '--source', 'irna');
    const irna = JSON.parse(readFileSync(join(json, 'relations.json'), 'utf8'));
    expect(irna.every((x: { source: string }) => x.source === 'IR')).toBe(true);
  });
});

describe('accord reanalyze', () => {
  it('fills the relations of an article an older engine analysed without them', async () => {
    const oldDb = `file:${join(tmp, 'old.db')}`;
    const store = await openStore({ url: oldDb });
    const [text] = articles['2016-08-10-ir']!;
    const v1 = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };
    await store.saveArticle({ article: { text, language: 'en', date: '2016-08-10' }, analysis: v1, engineVersion: '0.1.0-v1', fingerprint: fingerprint(text) });
    expect(await store.relations({})).toEqual([]);
    await store.close();
    expect(JSON.parse((await run('reanalyze', '--database', oldDb, '--json', '--workers', '0')).out[0]!).reanalyzed).toBe(1);
    const json = JSON.parse((await run('relations', '--database', oldDb, '--json')).out.join('\n'));
    expect(json.map((x: { target: string }) => x.target).sort()).toEqual(['arab_coalition', 'houthis']);
  });
});
