import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '@accord/text';
import { describe, expect, it } from 'vitest';
import { expectProblem, hasShared, shared, testBackends, useTestApp } from './test-app.js';

const badinput = resolve(shared, 'badinput');
const hostileTexts = hasShared ? readdirSync(badinput).filter((f) => !/\.(md|sh)$/.test(f) && f !== 'binary.bin') : [];

const EG_RU =
  "Egypt's foreign minister Sameh Shoukry said Egypt supports a political solution in Syria. Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.";
const US_LY = 'US Secretary of State Rex Tillerson said the United States supports a ceasefire in Libya and backs the UN envoy.';
const SA_YE = 'Saudi Foreign Minister Adel al-Jubeir said the kingdom supports the legitimate government of Yemen and a political solution.';
const KEY = 'write-key-0123456789abcdef';

describe.each(testBackends())('/api/v1/articles on %s', (backend) => {
  const t = useTestApp(backend);

  it('stores one article (201, Location) and reports the same text again as a duplicate (200)', async () => {
    const first = await t.call('POST', '/api/v1/articles', {
      json: { title: 'Moscow talks', text: EG_RU, date: '2017-05-29', source: 'wire', url: 'https://example.org/a' },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: 'ingested' });
    expect(first.headers.get('location')).toBe(`/api/v1/articles/${first.json.id}`);
    const again = await t.call('POST', '/api/v1/articles', { json: { text: EG_RU } });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ ...first.json, status: 'duplicate' });
  });

  it("stores a speech as its country's statement, and a text holding NUL at the same offsets", async () => {
    const speech = await t.call('POST', '/api/v1/articles', {
      json: { text: 'We support a political solution in Syria.', speakerCountry: 'EGY', date: '2015-09-28' },
    });
    expect(speech.status).toBe(201);
    const stored = await t.call('GET', `/api/v1/articles/${speech.json.id}`);
    expect(stored.json.speakerCountry).toBe('EG');
    expect(stored.json.analysis.stances.map((s: { country: string }) => s.country)).toEqual(['EG']);
    const nul = await t.call('POST', '/api/v1/articles', {
      json: { text: 'Russia supports a political solution in Syria.\u0000 Russian Foreign Minister Sergei Lavrov said so.' },
    });
    expect(nul.status).toBe(201);
    const withNul = await t.call('GET', `/api/v1/articles/${nul.json.id}`);
    expect(withNul.json.text).toContain('\uFFFD');
    await t.call('DELETE', `/api/v1/articles/${speech.json.id}`);
    await t.call('DELETE', `/api/v1/articles/${nul.json.id}`);
  });

  it('stores a batch and answers every result in order', async () => {
    const res = await t.call('POST', '/api/v1/articles', {
      json: {
        articles: [
          { text: US_LY, date: '2017-06-02', source: 'state', language: 'en' },
          { text: SA_YE, date: '2018-01-10', source: 'spa', externalId: 'spa-1' },
          { text: EG_RU },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.results.map((r: { status: string }) => r.status)).toEqual(['ingested', 'ingested', 'duplicate']);
  });

  it('validates the whole batch before storing any of it, naming the bad field', async () => {
    const before = (await t.store.stats()).articles;
    const res = await t.call('POST', '/api/v1/articles', { json: { articles: [{ text: 'A new text about Syria.' }, { text: '   ' }] } });
    expectProblem(res, 400, 'validation');
    expect(res.json.errors[0]).toEqual({ path: 'articles.1.text', message: 'text is empty' });
    expect((await t.store.stats()).articles).toBe(before);
    const date = await t.call('POST', '/api/v1/articles', { json: { text: 'x', date: '29/05/2017' } });
    expect(date.json.errors[0].path).toBe('date');
    expectProblem(await t.call('POST', '/api/v1/articles', { json: { articles: [] } }), 400, 'validation');
    expectProblem(await t.call('POST', '/api/v1/articles', { body: EG_RU, headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-media-type');
  });

  it('refuses a batch whose third article names an unknown speaker country, storing none of it', async () => {
    const before = (await t.store.stats()).articles;
    const batch = [
      { text: 'Oman said it supports a political solution in Yemen.' },
      { text: 'Kuwait said it supports a ceasefire in Yemen.' },
      { text: 'We support a political solution in Syria.', speakerCountry: 'XX' },
    ];
    const res = await t.call('POST', '/api/v1/articles', { json: { articles: batch } });
    expectProblem(res, 400, 'validation');
    expect((await t.store.stats()).articles).toBe(before);
    expect(res.json.errors[0]).toEqual({ path: 'articles.2.speakerCountry', message: expect.stringMatching(/^unknown country code "XX"/) });
  });

  it('lists articles without their text, with a snippet, filtered and paged', async () => {
    const all = await t.call('GET', '/api/v1/articles');
    expect(all.status).toBe(200);
    expect(all.json.items).toHaveLength(3);
    for (const item of all.json.items) {
      expect(item).not.toHaveProperty('text');
      expect(item.snippet.length).toBeGreaterThan(10);
    }
    const lavrov = await t.call('GET', '/api/v1/articles?q=lavrov');
    expect(lavrov.json.items.map((a: { title: string }) => a.title)).toEqual(['Moscow talks']);
    expect(lavrov.json.items[0].snippet).toMatch(/Lavrov/);
    expect((await t.call('GET', '/api/v1/articles?source=spa')).json.items).toHaveLength(1);
    expect((await t.call('GET', '/api/v1/articles?from=2017-06-01&to=2017-12-31')).json.items).toHaveLength(1);
    expect((await t.call('GET', '/api/v1/articles?language=ar')).json.items).toHaveLength(0);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: { items: Array<{ id: string }>; nextCursor: string | null } } = await t.call(
        'GET',
        `/api/v1/articles?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.items.map((a) => a.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(new Set(seen)).toEqual(new Set(all.json.items.map((a: { id: string }) => a.id)));
  });

  it('exports the list as CSV, every matching article', async () => {
    const res = await t.call('GET', '/api/v1/articles?limit=1', { headers: { accept: 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe('id,externalId,title,language,date,source,url,speakerCountry,contentHash,storyId,engineVersion,ingestedAt,snippet');
    expect(lines).toHaveLength(4);
    expect((await t.call('GET', '/api/v1/articles?format=csv')).headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('refuses bad filters and cursors by name', async () => {
    expectProblem(await t.call('GET', '/api/v1/articles?limit=0'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/articles?from=May'), 400, 'validation');
    expectProblem(await t.call('GET', '/api/v1/articles?cursor=not-a-cursor'), 400, 'invalid-cursor');
    const country = await t.call('GET', '/api/v1/articles?country=EG,ZZ');
    expectProblem(country, 400, 'validation');
    expect(country.json.detail).toMatch(/country: unknown country code "ZZ"/);
  });

  it('returns one article with its analysis, and 404 for an unknown id', async () => {
    const [first] = (await t.call('GET', '/api/v1/articles?q=lavrov')).json.items;
    const res = await t.call('GET', `/api/v1/articles/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.json.text).toBe(EG_RU);
    expect(res.json.analysis.stances.length).toBeGreaterThan(0);
    expectProblem(await t.call('GET', '/api/v1/articles/0000000000000000'), 404, 'not-found');
  });

  it('deletes an article once, then 404', async () => {
    const { json } = await t.call('POST', '/api/v1/articles', { json: { text: 'Qatar said it supports a ceasefire in Gaza.' } });
    expect((await t.call('DELETE', `/api/v1/articles/${json.id}`)).status).toBe(204);
    expectProblem(await t.call('GET', `/api/v1/articles/${json.id}`), 404, 'not-found');
    expectProblem(await t.call('DELETE', `/api/v1/articles/${json.id}`), 404, 'not-found');
  });

  it('needs the API key for writes when one is set, and keeps reads open', async () => {
    const call = t.withOptions({ apiKey: KEY });
    const anonymous = await call('POST', '/api/v1/articles', { json: { text: 'Jordan said it supports the two-state solution.' } });
    expectProblem(anonymous, 401, 'unauthorized');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="accord"');
    expectProblem(
      await call('DELETE', '/api/v1/articles/0000000000000000', { headers: { authorization: 'Bearer wrong-key-0123456789' } }),
      401,
      'unauthorized',
    );
    const keyed = await call('POST', '/api/v1/articles', {
      json: { text: 'Jordan said it supports the two-state solution.' },
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(keyed.status).toBe(201);
    expect((await call('DELETE', `/api/v1/articles/${keyed.json.id}`, { headers: { authorization: `bearer ${KEY}` } })).status).toBe(204);
    expect((await call('GET', '/api/v1/articles')).status).toBe(200);
    expect((await call('POST', '/api/v1/analyze', { json: { text: 'x' } })).status).toBe(200);
  });

  it('closes reads with a read key, which the API key also opens; health stays open', async () => {
    const call = t.withOptions({ apiKey: KEY, readKey: 'read-key-0123456789abcdef' });
    expectProblem(await call('GET', '/api/v1/articles'), 401, 'unauthorized');
    expectProblem(await call('POST', '/api/v1/analyze', { json: { text: 'x' } }), 401, 'unauthorized');
    expect((await call('GET', '/api/v1/articles', { headers: { authorization: 'Bearer read-key-0123456789abcdef' } })).status).toBe(200);
    expect((await call('GET', '/api/v1/stances', { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(200);
    expectProblem(
      await call('POST', '/api/v1/articles', { json: { text: 'y' }, headers: { authorization: 'Bearer read-key-0123456789abcdef' } }),
      401,
      'unauthorized',
    );
    expect((await call('GET', '/api/v1/health')).status).toBe(200);
  });

  describe.skipIf(!hasShared)('hostile inputs of /work/shared/badinput', () => {
    // Stored through the same path as `accord ingest`: stored (201/200), refused by name (400: empty
    // text or no letters), or over the body limit (413); never a 5xx, and the store holds what was answered.
    it.each(hostileTexts)('%s as an article to store', async (file) => {
      const before = (await t.store.stats()).articles;
      const res = await t.call('POST', '/api/v1/articles', { json: { text: decodeBytes(readFileSync(resolve(badinput, file))).text } });
      expect([200, 201, 400, 413], res.text).toContain(res.status);
      if (res.status === 400) expect(res.json.errors?.[0]?.message ?? res.json.detail).toMatch(/text is empty|the text has no letters/);
      expect((await t.store.stats()).articles).toBe(before + (res.status === 201 ? 1 : 0));
      if (res.status === 201) await t.call('DELETE', `/api/v1/articles/${res.json.id}`);
    });
  });
});
