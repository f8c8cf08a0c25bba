import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, testBackends, useTestApp } from './test-app.js';

// Yemen as the record has it, in both languages: the coalition blames the Houthis and backs the
// government, Iran backs the Houthis and blames the coalition. Outlets and dates for the filters.
const articles = [
  { text: 'أدان وزير الخارجية السعودي عادل الجبير هجمات الحوثيين على الرياض، وأكد دعم المملكة للحكومة الشرعية في اليمن.', date: '2018-03-26', source: 'spa' },
  {
    text: 'Saudi Foreign Minister Adel al-Jubeir condemned the Houthi attacks on Riyadh and said the kingdom supports the legitimate government of Yemen.',
    date: '2017-11-05',
    source: 'reuters',
  },
  {
    text: 'Iranian Foreign Minister Mohammad Javad Zarif praised the Houthis and condemned the Saudi-led coalition in Yemen.',
    date: '2016-08-10',
    source: 'irna',
  },
  {
    text: 'Iranian Foreign Minister Mohammad Javad Zarif said Iran backs the Houthis and condemned the Saudi-led coalition for its strikes in Yemen.',
    date: '2017-02-01',
    source: 'irna',
  },
  {
    text: "Emirati Foreign Minister Abdullah bin Zayed condemned the Houthi attacks and praised Saudi Arabia's role in Yemen.",
    date: '2017-12-01',
    source: 'wam',
  },
  {
    text: 'Emirati Foreign Minister Abdullah bin Zayed said the UAE supports the legitimate government of Yemen and condemned the Houthis.',
    date: '2018-05-01',
    source: 'wam',
  },
];

type Relation = { source: string; target: string; issue: string; polarity: number; date: string; articleId: string; evidence: Array<{ text: string }> };
type RelationCell = { source: string; target: string; backs: number; blames: number; net: number; stories: number; evidence: Array<{ polarity: number }> };
const ends = (items: Relation[]) => [...new Set(items.map((r) => `${r.source}>${r.target}`))].sort();

describe.each(testBackends())('relation endpoints on %s', (backend) => {
  const t = useTestApp(backend);
  beforeAll(async () => {
    expect((await t.call('POST', '/api/v1/articles', { json: { articles } })).status).toBe(201);
  });

  it('GET /relations lists who backs and blames whom, filtered by either end, issue, dates, language and outlet', async () => {
    const all = await t.call('GET', '/api/v1/relations?limit=500');
    expect(all.status).toBe(200);
    expect(ends(all.json.items)).toEqual(['AE>SA', 'AE>YE', 'AE>houthis', 'IR>arab_coalition', 'IR>houthis', 'SA>YE', 'SA>houthis']);
    const saudi = await t.call('GET', '/api/v1/relations?source=SAU&target=Houthis');
    expect(saudi.json.items.map((r: Relation) => [r.source, r.target, r.polarity])).toEqual([
      ['SA', 'houthis', -1],
      ['SA', 'houthis', -1],
    ]);
    expect(ends((await t.call('GET', '/api/v1/relations?target=houthis,YE&language=ar')).json.items)).toEqual(['SA>YE', 'SA>houthis']);
    expect(ends((await t.call('GET', '/api/v1/relations?outlet=irna')).json.items)).toEqual(['IR>arab_coalition', 'IR>houthis']);
    const dated = await t.call('GET', '/api/v1/relations?from=2018-01-01&to=2018-12-31&issue=yemen');
    expect(dated.json.items.length).toBeGreaterThan(0);
    for (const r of dated.json.items as Relation[]) expect(r.date >= '2018-01-01' && r.date <= '2018-12-31').toBe(true);
    expect((await t.call('GET', '/api/v1/relations?issue=syria')).json.items).toEqual([]);
  });

  it('GET /relations pages with the cursor and exports every record as CSV', async () => {
    const all = (await t.call('GET', '/api/v1/relations?limit=500')).json.items;
    const first = await t.call('GET', '/api/v1/relations?limit=3');
    expect(first.json.items).toEqual(all.slice(0, 3));
    const second = await t.call('GET', `/api/v1/relations?limit=3&cursor=${first.json.nextCursor}`);
    expect(second.json.items).toEqual(all.slice(3, 6));
    const csv = await t.call('GET', '/api/v1/relations?limit=1', { headers: { accept: 'text/csv' } });
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('articleId,storyId,date,source,target,issue,polarity,confidence,evidence');
    expect(lines).toHaveLength(all.length + 1);
    expect((await t.call('GET', '/api/v1/relations?format=csv&target=lna')).text.trim()).toBe(
      'articleId,storyId,date,source,target,issue,polarity,confidence,evidence',
    );
  });

  it('refuses an unknown end, issue or cursor, and a swapped range, by name', async () => {
    const target = await t.call('GET', '/api/v1/relations?target=rebels');
    expectProblem(target, 400, 'validation');
    expect(target.json.errors[0]).toMatchObject({
      path: 'target',
      message: expect.stringMatching(/^unknown relation target "rebels": a country code \(SY or SYR\) or one of /),
    });
    expect((await t.call('GET', '/api/v1/relations?source=XX')).json.detail).toMatch(/unknown country code "XX"/);
    expectProblem(await t.call('GET', '/api/v1/relations?issue=weather'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/relations?cursor=bm9wZQ'), 400, 'invalid-cursor');
    for (const path of ['/relations?', '/relations/matrix?issue=yemen&']) {
      const swapped = await t.call('GET', `/api/v1${path}from=2025-01-01&to=2020-01-01`);
      expectProblem(swapped, 400, 'validation');
      expect(swapped.json.errors[0].path).toBe('from');
    }
    expectProblem(await t.call('GET', '/api/v1/relations/matrix'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/relations/matrix?issue=yemen&top=0'), 400, 'validation');
  });

  it('GET /relations/matrix counts the stories backing and blaming per source and target, with evidence', async () => {
    const res = await t.call('GET', '/api/v1/relations/matrix?issue=yemen&evidence=2');
    expect(res.status).toBe(200);
    expect(res.json.sources).toEqual(['AE', 'IR', 'SA']);
    const cell = (s: string, target: string) => (res.json.cells as RelationCell[]).find((c) => c.source === s && c.target === target)!;
    expect(cell('SA', 'houthis')).toMatchObject({ backs: 0, blames: 2, net: -1, stories: 2 });
    expect(cell('IR', 'houthis')).toMatchObject({ backs: 2, blames: 0, net: 1 });
    expect(cell('SA', 'houthis').evidence).toHaveLength(2);
    expect(cell('SA', 'houthis').evidence.every((e) => e.polarity === -1)).toBe(true);
    const narrowed = await t.call('GET', '/api/v1/relations/matrix?issue=yemen&sources=sa&targets=houthis&evidence=2');
    expect(narrowed.json.cells).toEqual([cell('SA', 'houthis')]);
    const top = await t.call('GET', '/api/v1/relations/matrix?issue=yemen&top=1&evidence=0');
    expect([top.json.sources, top.json.targets]).toEqual([['AE'], ['houthis']]);
    const later = await t.call('GET', '/api/v1/relations/matrix?issue=yemen&from=2018-01-01&language=en&outlet=wam');
    expect(later.json.cells.map((c: RelationCell) => `${c.source}>${c.target}`)).toEqual(['AE>YE', 'AE>houthis']);
    const csv = await t.call('GET', '/api/v1/relations/matrix?issue=yemen&format=csv');
    expect(csv.text.split('\n')[0]).toBe('source,target,issue,backs,blames,net,articles,stories,evidence');
    expect(csv.text.trim().split('\n')).toHaveLength(res.json.cells.length + 1);
  });

  it('GET /actors lists the targets besides countries, with labels', async () => {
    const res = await t.call('GET', '/api/v1/actors');
    expect(res.json.items).toContainEqual({ id: 'houthis', issue: 'yemen', label: { en: 'the Houthis', ar: 'الحوثيون' } });
  });

  it('GET /agreement gives alignment with its parts in every cell, and ranks top=N by the chosen measure', async () => {
    const res = await t.call('GET', '/api/v1/agreement?issue=yemen&evidence=1');
    const cell = (a: string, b: string) => res.json.cells.find((c: { a: string; b: string }) => c.a === a && c.b === b);
    // The coalition's two members line up; each against Iran, who backs whom they blame.
    expect(cell('AE', 'SA').alignment).toBeGreaterThan(cell('IR', 'SA').alignment);
    expect(cell('IR', 'SA').alignment).toBeLessThan(0);
    const houthis = cell('IR', 'SA').alignmentParts.find((p: { key: string }) => p.key === 'houthis');
    expect(houthis).toMatchObject({ kind: 'relation', a: 1, b: -1 });
    expect(houthis.contribution).toBeLessThan(0);
    expect(houthis.evidence.map((e: { country: string }) => e.country).sort()).toEqual(['IR', 'SA']);
    for (const m of ['alignment', 's', 'kappa']) expect((await t.call('GET', `/api/v1/agreement?issue=yemen&top=2&measure=${m}`)).status).toBe(200);
    const byKappa = await t.call('GET', '/api/v1/agreement?issue=yemen&top=2&measure=kappa');
    for (const c of byKappa.json.cells) expect(c).toHaveProperty('alignment');
    expectProblem(await t.call('GET', '/api/v1/agreement?issue=yemen&measure=votes'), 400, 'validation');
  });

  it('GET /countries/{code} ranks partners by alignment, S and kappa alongside', async () => {
    const res = await t.call('GET', '/api/v1/countries/SA');
    const yemen = res.json.issues.find((i: { issue: string }) => i.issue === 'yemen');
    // Two partners: both among the closest three, the ally first.
    expect(yemen.closest.map((p: { country: string }) => p.country)).toEqual(['AE', 'IR']);
    expect(yemen.closest[1].alignment).toBeLessThan(0);
    expect(yemen.closest[0]).toHaveProperty('sScore');
  });
});
