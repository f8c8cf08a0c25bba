import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, hasShared, repoRoot, seedPath, testBackends, useTestApp } from './test-app.js';

// Fixture articles with made-up dates and sources, so that filters and timelines have something to cut.
const FIXTURES: Array<[string, string, string]> = [
  ['ar/ar-01-egypt-saudi-cairo-joint.txt', '2017-03-12', 'ahram'],
  ['ar/ar-02-russia-us-geneva-truce.txt', '2017-06-20', 'ria'],
  ['ar/ar-14-egypt-turkey-libya-dispute.txt', '2019-03-10', 'ahram'],
  ['ar/ar-18-astana-guarantors-idlib-zone.txt', '2018-09-17', 'ria'],
  ['en/en-01-lavrov-safadi-moscow.txt', '2017-05-30', 'tass'],
  ['en/en-02-unsc-idlib-draft-fails.txt', '2019-09-19', 'un'],
  ['en/en-07-lavrov-turkey-idlib-protocol.txt', '2020-03-05', 'tass'],
];

const SEED = hasShared
  ? readFileSync(seedPath, 'utf8')
  : "Egypt's foreign minister Sameh Shoukry said Egypt supports a political solution in Syria. Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.";
const articles = [
  { text: SEED, date: '2017-05-29', source: 'ahram', title: 'Shoukry and Lavrov in Moscow' },
  ...FIXTURES.map(([file, date, source]) => ({ text: readFileSync(resolve(repoRoot, 'fixtures', file), 'utf8'), date, source, externalId: file })),
];

type Cell = { a: string; b: string; sScore: number | null; articles: number; evidence: unknown[] };

describe.each(testBackends())('corpus endpoints on %s', (backend) => {
  const t = useTestApp(backend);
  beforeAll(async () => {
    const res = await t.call('POST', '/api/v1/articles', { json: { articles } });
    expect(res.status).toBe(201);
  });

  it('GET /stances lists positions, filtered by country and issue, in pages', async () => {
    const res = await t.call('GET', '/api/v1/stances?country=EG&issue=syria');
    expect(res.status).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    for (const p of res.json.items) expect(p).toMatchObject({ country: 'EG', issue: 'syria' });
    const first = await t.call('GET', '/api/v1/stances?country=EG&issue=syria&limit=1');
    expect(first.json.items).toEqual(res.json.items.slice(0, 1));
    const second = await t.call('GET', `/api/v1/stances?country=EG&issue=syria&limit=1&cursor=${first.json.nextCursor}`);
    expect(second.json.items).toEqual(res.json.items.slice(1, 2));
    const dated = await t.call('GET', '/api/v1/stances?from=2019-01-01&to=2019-12-31');
    for (const p of dated.json.items) expect(p.date >= '2019-01-01' && p.date <= '2019-12-31').toBe(true);
    expect((await t.call('GET', '/api/v1/stances?language=en&country=RU')).json.items.every((p: { country: string }) => p.country === 'RU')).toBe(true);
    expectProblem(await t.call('GET', '/api/v1/stances?cursor=bm9wZQ'), 400, 'invalid-cursor');
    expectProblem(await t.call('GET', '/api/v1/stances?issue=weather'), 400, 'validation');
  });

  it('GET /stances as CSV holds every record, nested values as JSON', async () => {
    const json = await t.call('GET', '/api/v1/stances?country=RU');
    const csv = await t.call('GET', '/api/v1/stances?country=RU&limit=1', { headers: { accept: 'text/csv, application/json;q=0.5' } });
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('articleId,storyId,date,country,issue,code,polarity,confidence,evidence');
    expect(lines.length).toBeGreaterThan(json.json.items.length);
    expect(lines[1]).toMatch(/,"\[\{""articleId""/);
  });

  it('GET /agreement gives the matrix with counts and evidence; the seed puts EG and RU together on Syria', async () => {
    const res = await t.call('GET', '/api/v1/agreement?issue=syria&evidence=2');
    expect(res.status).toBe(200);
    expect(res.json.issue).toBe('syria');
    const egRu = res.json.cells.find((c: Cell) => c.a === 'EG' && c.b === 'RU');
    expect(egRu.sScore).toBeGreaterThan(0);
    for (const cell of res.json.cells as Cell[]) expect(cell.evidence.length).toBeLessThanOrEqual(2);
    const narrowed = await t.call('GET', '/api/v1/agreement?issue=syria&countries=ru,EGY&evidence=2');
    expect(narrowed.json.countries).toEqual(['EG', 'RU']);
    expect(narrowed.json.cells).toEqual([egRu]);
    const later = await t.call('GET', '/api/v1/agreement?issue=syria&from=2018-01-01');
    const laterEgRu = later.json.cells.find((c: Cell) => c.a === 'EG' && c.b === 'RU');
    expect(laterEgRu?.articles ?? 0).toBeLessThan(egRu.articles);
  });

  it('GET /agreement?top=N keeps the N countries with the most evidence, with the same cell values', async () => {
    const whole = await t.call('GET', '/api/v1/agreement?issue=syria&evidence=1');
    const top = await t.call('GET', '/api/v1/agreement?issue=syria&evidence=1&top=3');
    expect(top.status).toBe(200);
    expect(top.json.countries).toHaveLength(3);
    const weight = (k: string) => (whole.json.cells as Cell[]).filter((c) => c.a === k || c.b === k).reduce((n, c) => n + c.articles, 0);
    const ranked = [...new Set((whole.json.cells as Cell[]).flatMap((c) => [c.a, c.b]))].sort((x, y) => weight(y) - weight(x) || x.localeCompare(y));
    expect(top.json.countries).toEqual(ranked.slice(0, 3).sort());
    for (const cell of top.json.cells as Cell[]) expect(whole.json.cells).toContainEqual(cell);
    expectProblem(await t.call('GET', '/api/v1/agreement?issue=syria&top=1'), 400, 'validation');
  });

  it('GET /agreement as CSV gives one row per cell', async () => {
    const json = await t.call('GET', '/api/v1/agreement?issue=syria');
    const csv = await t.call('GET', '/api/v1/agreement?issue=syria&format=csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('a,b,issue,alignment,sScore,kappa,explicitAgree,explicitDisagree,explicitShare,articles,stories,positions,alignmentParts,evidence');
    expect(lines).toHaveLength(json.json.cells.length + 1);
  });

  it('GET /agreement reads countries= with spaces, any case and an empty value as a client means them', async () => {
    const all = await t.call('GET', '/api/v1/agreement?issue=syria&evidence=0');
    expect(all.json.cells.length).toBeGreaterThan(0);
    expect((await t.call('GET', '/api/v1/agreement?issue=syria&evidence=0&countries=')).json).toEqual(all.json);
    expect((await t.call('GET', '/api/v1/agreement?issue=syria&evidence=0&countries=,%20,')).json).toEqual(all.json);
    const pair = await t.call('GET', '/api/v1/agreement?issue=syria&evidence=0&countries=%20rus,%20EG%20');
    expect(pair.json.countries).toEqual(['EG', 'RU']);
  });

  it('says how to give a query parameter that came twice', async () => {
    const countries = await t.call('GET', '/api/v1/agreement?issue=syria&countries=EG&countries=RU');
    expectProblem(countries, 400, 'validation');
    expect(countries.json.detail).toBe('query parameter countries: given more than once: give countries once, as one comma list (countries=EG,RU)');
    const issue = await t.call('GET', '/api/v1/stances?issue=syria&issue=libya');
    expect(issue.json.errors).toEqual([{ path: 'issue', message: 'given more than once: give issue once' }]);
  });

  it('GET /agreement needs a known issue', async () => {
    const missing = await t.call('GET', '/api/v1/agreement');
    expectProblem(missing, 400, 'validation');
    expect(missing.json.errors[0].path).toBe('issue');
    const unknown = await t.call('GET', '/api/v1/agreement?issue=weather');
    expect(unknown.json.detail).toMatch(/unknown issue "weather": one of syria, libya/);
  });

  it('refuses a date range that ends before it starts, on every corpus route, naming the fix', async () => {
    for (const path of ['/agreement?issue=syria&', '/agreement/timeline?a=EG&b=RU&issue=syria&', '/stances?', '/articles?', '/countries?', '/countries/EG?']) {
      const res = await t.call('GET', `/api/v1${path}from=2025-01-01&to=2020-01-01`);
      expectProblem(res, 400, 'validation');
      expect(res.json.errors[0].path).toBe('from');
      // One wording with the command line (corpusScope), parameter names as the API writes them.
      expect(res.json.detail).toMatch(/^query parameter from: from 2025-01-01 is after to 2020-01-01: swap them/);
    }
    expect((await t.call('GET', '/api/v1/stances?from=2019-03-10&to=2019-03-10')).status).toBe(200);
  });

  it('GET /agreement/timeline gives the pair per bucket, oldest first', async () => {
    const res = await t.call('GET', '/api/v1/agreement/timeline?a=RU&b=EG&issue=syria&bucket=month');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ a: 'RU', b: 'EG', issue: 'syria', bucket: 'month' });
    expect(res.json.points.map((p: { bucket: string }) => p.bucket)).toContain('2017-05-01');
    const years = await t.call('GET', '/api/v1/agreement/timeline?a=RU&b=TR&issue=syria&bucket=year');
    const buckets = years.json.points.map((p: { bucket: string }) => p.bucket);
    expect(buckets).toEqual([...buckets].sort());
    for (const b of buckets) expect(b).toMatch(/^\d{4}-01-01$/);
    const csv = await t.call('GET', '/api/v1/agreement/timeline?a=RU&b=EG&issue=syria', { headers: { accept: 'text/csv' } });
    expect(csv.text.split('\n')[0]).toBe(
      'bucket,a,b,issue,alignment,sScore,kappa,explicitAgree,explicitDisagree,explicitShare,articles,stories,positions,alignmentParts,evidence',
    );
    expectProblem(await t.call('GET', '/api/v1/agreement/timeline?a=EG&b=EG&issue=syria'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/agreement/timeline?a=EG&b=RU&issue=syria&bucket=day'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/agreement/timeline?a=EG&issue=syria'), 400, 'validation');
  });

  it('GET /countries lists every lexicon country with its stored positions', async () => {
    const res = await t.call('GET', '/api/v1/countries');
    const eg = res.json.items.find((c: { code: string }) => c.code === 'EG');
    expect(eg).toMatchObject({ names: { en: 'Egypt', ar: 'مصر' } });
    expect(eg.positions).toBeGreaterThan(0);
    const stances = await t.call('GET', '/api/v1/stances?country=EG&limit=500');
    expect(eg.positions).toBe(stances.json.items.length);
    const csv = await t.call('GET', '/api/v1/countries', { headers: { accept: 'text/csv' } });
    expect(csv.text.split('\n')[0]).toBe('code,names,positions');
    expect(csv.text).toContain('EG,"{""en"":""Egypt"",""ar"":""مصر""}"');
  });

  it('GET /countries/{code} profiles a country with its closest and furthest partners per issue', async () => {
    const res = await t.call('GET', '/api/v1/countries/egy?bucket=month');
    expect(res.status).toBe(200);
    expect(res.json.country).toBe('EG');
    const syria = res.json.issues.find((i: { issue: string }) => i.issue === 'syria');
    expect(syria.positions.length).toBeGreaterThan(0);
    const scores = syria.closest.map((p: { alignment: number }) => p.alignment);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    // The seed article puts Egypt and Russia together on Syria; the stand-in text without it is too thin to rank.
    if (hasShared) expect(syria.closest.map((p: { country: string }) => p.country)).toContain('RU');
    const ranked = [...syria.closest, ...syria.furthest].map((p: { country: string }) => p.country);
    expect(new Set(ranked).size).toBe(ranked.length);
    expectProblem(await t.call('GET', '/api/v1/countries/XX'), 404, 'not-found');
  });

  it('GET /issues and GET /positions give the ontology', async () => {
    const issues = await t.call('GET', '/api/v1/issues');
    expect(issues.json.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(['syria', 'libya', 'yemen', 'palestine', 'terrorism']));
    const positions = await t.call('GET', '/api/v1/positions');
    const palestine = positions.json.items.find((i: { issue: string }) => i.issue === 'palestine');
    const syria = positions.json.items.find((i: { issue: string }) => i.issue === 'syria');
    const codes = (i: { positions: Array<{ code: string }> }) => i.positions.map((p) => p.code);
    expect(codes(palestine)).toContain('two_state_solution');
    expect(codes(syria)).not.toContain('two_state_solution');
    expect(syria.positions).toContainEqual({ code: 'political_solution', label: 'Political solution', negatable: true });
  });

  it('GET /health names the backend and counts articles', async () => {
    const res = await t.call('GET', '/api/v1/health');
    expect(res.json).toMatchObject({ status: 'ok', backend, articles: articles.length });
  });

  it('writes clear cached corpus answers', async () => {
    const before = await t.call('GET', '/api/v1/agreement?issue=palestine&countries=JO,SA');
    expect(before.json.cells).toEqual([]);
    const added = await t.call('POST', '/api/v1/articles', {
      json: { text: 'Jordan and Saudi Arabia agreed that a two-state solution is the only way, their foreign ministers said in Amman.', date: '2021-02-02' },
    });
    expect(added.status).toBe(201);
    const after = await t.call('GET', '/api/v1/agreement?issue=palestine&countries=JO,SA');
    expect(after.json.cells).toHaveLength(1);
    await t.call('DELETE', `/api/v1/articles/${added.json.id}`);
    expect((await t.call('GET', '/api/v1/agreement?issue=palestine&countries=JO,SA')).json.cells).toEqual([]);
  });
});
