import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordsFromAnalysis } from '@accord/corpus';
import { analyze, type Analysis } from '@accord/stance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, parseUrl } from './db.js';
import { everyArticle } from './every.js';
import { contentHash } from './hash.js';
import { migrateToLatest } from './migrations/index.js';
import { openStore } from './store.js';
import { createTestStore, testBackends, type TestStore } from './testing.js';
import type { Store, StoredArticle } from './types.js';
import { EG_AR, EG_RU, ENGINE, UNRELATED, WIRE, WIRE_REPRINT, irUsAnalysis, save } from './store.fixtures.js';
import { StoreError } from './error.js';

describe.each(testBackends())('store on %s', (backend) => {
  let env: TestStore;
  let store: Store;
  beforeAll(async () => {
    env = await createTestStore({ backend });
    store = env.store;
  });
  afterAll(() => env?.cleanup());

  it('opens the backend it was asked for, with migrations applied once', async () => {
    expect(store.backend).toBe(backend);
    const db = createDatabase(parseUrl(env.url));
    try {
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
    const again = await openStore({ url: env.url });
    await expect(again.stats()).resolves.toMatchObject({ articles: 0 });
    await again.close();
    await again.close();
  });

  describe('saving and reading', () => {
    it('round-trips an article with its analysis, and records point at its spans', async () => {
      const analysis = analyze({ text: EG_RU });
      const saved = await save(
        store,
        EG_RU,
        { title: 'Cairo and Moscow', date: '2024-03-01T09:30:00Z', source: 'reuters', url: 'https://example.org/1', externalId: 'r-1', speakerCountry: 'EG' },
        analysis,
      );
      expect(saved).toMatchObject({ status: 'ingested', storyId: saved.id });
      const article = await store.getArticle(saved.id);
      expect(article).toMatchObject({
        id: saved.id,
        externalId: 'r-1',
        speakerCountry: 'EG',
        title: 'Cairo and Moscow',
        date: '2024-03-01',
        source: 'reuters',
        language: 'en',
        engineVersion: ENGINE,
        contentHash: contentHash(EG_RU),
      });
      expect(article?.analysis).toEqual(analysis);
      const records = await store.positions({ issue: 'syria' });
      expect(records.map((r) => r.country).sort()).toEqual(['EG', 'RU']);
      for (const r of records) {
        expect(r).toMatchObject({ articleId: saved.id, storyId: saved.id, date: '2024-03-01', code: 'political_solution', polarity: 1 });
        for (const e of r.evidence) expect(EG_RU.slice(e.start, e.end)).toBe(e.text);
      }
      const [agreement] = await store.agreements({ issue: 'syria' });
      expect(agreement).toMatchObject({ a: 'EG', b: 'RU', label: 'agree', explicit: false, articleId: saved.id });
      expect(agreement?.evidence).toHaveLength(2);
      // Stored records are exactly what corpus makes of the analysis: packing loses nothing.
      const expected = recordsFromAnalysis({ analysis, articleId: saved.id, date: '2024-03-01' });
      expect({ positions: records, agreements: [agreement], relations: await store.relations({}) }).toEqual(expected);
    });

    it('reports the same text again as a duplicate and changes nothing', async () => {
      const before = await store.stats();
      const again = await save(store, `  ${EG_RU}\n`, { title: 'Another title' });
      expect(again.status).toBe('duplicate');
      expect(await store.findByHash(contentHash(EG_RU))).toBe(again.id);
      expect((await store.getArticle(again.id))?.title).toBe('Cairo and Moscow');
      expect(await store.stats()).toEqual(before);
      expect(await store.findByHash(contentHash('never stored'))).toBeNull();
    });

    it('settles two concurrent saves of one text on the UNIQUE hash', async () => {
      const text = 'Two workers read the same file at once and both try to store it.';
      const results = await Promise.all([save(store, text), save(store, text), save(store, text)]);
      expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'ingested']);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await store.deleteArticle(results[0]!.id)).toBe(true);
    });

    it('joins a near-duplicate to the story of the article it reprints', async () => {
      const wire = await save(store, WIRE, { source: 'agency' });
      const reprint = await save(store, WIRE_REPRINT, { source: 'paper' });
      const unrelated = await save(store, UNRELATED);
      expect(reprint).toMatchObject({ status: 'ingested', storyId: wire.id });
      expect(reprint.id).not.toBe(wire.id);
      expect(unrelated.storyId).toBe(unrelated.id);
      await store.deleteArticle(unrelated.id);
    });

    it('rolls back an article whose records fail to insert', async () => {
      const before = await store.stats();
      const text = 'A text whose analysis carries a position without a country.';
      const broken: Analysis = { ...irUsAnalysis, stances: [{ ...irUsAnalysis.stances[0]!, country: null as unknown as string }] };
      const failure = save(store, text, {}, broken);
      await expect(failure).rejects.toBeInstanceOf(StoreError);
      await expect(failure).rejects.toMatchObject({ code: 'write_failed' });
      expect(await store.findByHash(contentHash(text))).toBeNull();
      expect(await store.stats()).toEqual(before);
      // No band row survived either: the same text stores cleanly as its own story.
      const retry = await save(store, text, {}, irUsAnalysis);
      expect(retry).toMatchObject({ status: 'ingested', storyId: retry.id });
      await store.deleteArticle(retry.id);
    });

    it('rejects input it cannot store with invalid_input', async () => {
      await expect(save(store, '   ')).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(save(store, 'Dated badly.', { date: 'March 1st' })).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });

  describe('filters and pages', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      ids.ar = (await save(store, EG_AR, { date: '2024-04-10', source: 'ahram', title: 'مصر وسوريا' })).id;
      ids.irUs = (
        await save(
          store,
          'Talks at 100% capacity, said the envoy of the 5_plus_1 group.',
          { date: '2023-12-31', source: 'ap', title: 'Nuclear talks' },
          irUsAnalysis,
        )
      ).id;
      ids.undated = (await save(store, 'An undated note on nothing in particular.')).id;
      ids.egRu = (await store.findByHash(contentHash(EG_RU)))!;
    });

    it('filters positions by date range, language, source, countries and issue', async () => {
      const countries = async (filter: Parameters<Store['positions']>[0]) => (await store.positions(filter)).map((r) => `${r.country}:${r.articleId}`).sort();
      expect(await countries({ from: '2024-01-01', to: '2024-03-31' })).toEqual([`EG:${ids.egRu}`, `RU:${ids.egRu}`]);
      expect(await countries({ language: 'ar' })).toEqual([`EG:${ids.ar}`]);
      expect(await countries({ source: 'ap' })).toEqual([`IR:${ids.irUs}`, `US:${ids.irUs}`]);
      expect(await countries({ countries: ['EG'] })).toEqual([`EG:${ids.ar}`, `EG:${ids.egRu}`].sort());
      expect(await countries({ issue: 'iran_nuclear', countries: ['US', 'RU'] })).toEqual([`US:${ids.irUs}`]);
      expect(await countries({ countries: [] })).toHaveLength(5);
    });

    it('filters agreements on both sides of the pair', async () => {
      expect((await store.agreements({ countries: ['IR', 'US'] })).map((r) => [r.a, r.b, r.label, r.explicit])).toEqual([['IR', 'US', 'disagree', true]]);
      expect(await store.agreements({ countries: ['IR', 'EG'] })).toEqual([]);
      expect(await store.agreements({ countries: ['EG', 'RU'], language: 'en' })).toHaveLength(1);
    });

    it('matches q case-insensitively and takes % and _ literally', async () => {
      const list = async (q: string) => (await store.listArticles({ q })).items.map((a) => a.id).sort();
      expect(await list('100%')).toEqual([ids.irUs]);
      expect(await list('% CAPACITY')).toEqual([ids.irUs]);
      expect(await list('5_plus')).toEqual([ids.irUs]);
      expect(await list('1%0')).toEqual([]);
      expect(await list('NUCLEAR TALKS')).toEqual([ids.irUs]);
      expect(await list('سوريا')).toEqual([ids.ar]);
      expect((await store.positions({ q: 'lavrov' })).map((r) => r.articleId)).toEqual([ids.egRu, ids.egRu]);
      expect(await store.agreements({ q: 'capacity' })).toHaveLength(1);
    });

    it('takes a NUL in any string alike on both backends: stored and matched as U+FFFD', async () => {
      const text = 'A wire note with a stray \u0000 byte from a broken feed.';
      const saved = await save(store, text, { title: 'Bad\u0000title', source: 'feed\u0000x', url: 'https://example.org/\u0000', externalId: 'n\u0000' });
      const article = await store.getArticle(saved.id);
      expect(article).toMatchObject({ title: 'Bad\uFFFDtitle', source: 'feed\uFFFDx', externalId: 'n\uFFFD', text: text.replace('\u0000', '\uFFFD') });
      expect(await store.findByHash(contentHash(text.replace('\u0000', '\uFFFD')))).toBe(saved.id);
      expect((await store.listArticles({ q: 'stray \u0000 byte' })).items.map((a) => a.id)).toEqual([saved.id]);
      expect((await store.listArticles({ source: 'feed\u0000x' })).items.map((a) => a.id)).toEqual([saved.id]);
      expect(await store.positions({ q: '\u0000', source: '\u0000', countries: ['E\u0000'], issue: 'x\u0000' })).toEqual([]);
      expect(await store.getArticle('\u0000')).toBeNull();
      expect(await store.deleteArticle('\u0000')).toBe(false);
      expect(await store.deleteArticle(saved.id)).toBe(true);
    });

    it('lists articles having positions of the given countries or issue', async () => {
      const list = async (filter: Parameters<Store['listArticles']>[0]) => (await store.listArticles(filter)).items.map((a) => a.id).sort();
      expect(await list({ countries: ['EG'] })).toEqual([ids.ar, ids.egRu].sort());
      expect(await list({ issue: 'iran_nuclear' })).toEqual([ids.irUs]);
      expect(await list({ countries: ['RU'], issue: 'iran_nuclear' })).toEqual([]);
      expect(await list({ from: '2024-01-01', language: 'en' })).toEqual([ids.egRu]);
    });

    it('pages through every article exactly once, newest first and undated last', async () => {
      // Same-day articles, so pages also break between equal dates.
      const sameDay = await Promise.all([1, 2, 3].map((n) => save(store, `Same-day brief number ${n}.`, { date: '2024-03-01' })));
      const all = await store.listArticles({ limit: 500 });
      const seen: StoredArticle[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<Store['listArticles']>> = await store.listArticles({ limit: 2, cursor });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((a) => a.id)).toEqual(all.items.map((a) => a.id));
      expect(new Set(seen.map((a) => a.id)).size).toBe((await store.stats()).articles);
      const dates = seen.map((a) => a.date);
      const dated = dates.filter((d) => d !== null);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(dates.indexOf(null)).toBe(dated.length);
      expect(all.nextCursor).toBeNull();
      expect((await everyArticle(store, {})).map((a) => a.id)).toEqual(seen.map((a) => a.id));
      for (const { id } of sameDay) await store.deleteArticle(id);
    });

    it('refuses a cursor it did not hand out', async () => {
      await expect(store.listArticles({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'invalid_cursor' });
      // Well-formed JSON that no page ever ended on: a NUL would be a driver error on PostgreSQL.
      for (const key of [
        ["x' or 1=1 --", ids.ar],
        ['2024-01-01', 'y\u0000'],
        [null, 42],
      ]) {
        await expect(store.listArticles({ cursor: Buffer.from(JSON.stringify(key)).toString('base64url') })).rejects.toMatchObject({ code: 'invalid_cursor' });
      }
    });
  });

  describe('changing and counting', () => {
    it('counts articles, stories, records and languages', async () => {
      const stats = await store.stats();
      // EG_RU, WIRE + its reprint (one story), EG_AR, the IR/US text and the undated note.
      expect(stats).toEqual({ articles: 6, stories: 5, positions: 5, agreements: 2, relations: 0, byLanguage: { ar: 1, en: 5 } });
    });

    it('replaces an analysis and its records in one go', async () => {
      const id = (await store.findByHash(contentHash(EG_RU)))!;
      await expect(store.staleArticles('test-engine-2')).resolves.toContain(id);
      await store.replaceAnalysis(id, irUsAnalysis, 'test-engine-2');
      const article = await store.getArticle(id);
      expect(article).toMatchObject({ engineVersion: 'test-engine-2', analysis: irUsAnalysis });
      const records = await store.positions({ countries: ['IR', 'US', 'EG', 'RU'], from: '2024-03-01', to: '2024-03-01' });
      expect(records.map((r) => [r.country, r.articleId, r.date])).toEqual([
        ['IR', id, '2024-03-01'],
        ['US', id, '2024-03-01'],
      ]);
      expect(await store.staleArticles('test-engine-2')).not.toContain(id);
      await expect(store.replaceAnalysis('0000000000000000', irUsAnalysis, 'x')).rejects.toMatchObject({ code: 'not_found' });
    });

    it('lists stale articles in ingest order', async () => {
      const stale = await store.staleArticles('test-engine-2');
      const ingested = await Promise.all(stale.map(async (id) => (await store.getArticle(id))!.ingestedAt));
      expect(ingested).toEqual([...ingested].sort());
      expect(stale).toHaveLength(5);
      expect(await store.staleArticles('test-engine-2', 2)).toEqual(stale.slice(0, 2));
    });

    it('deletes an article with its bands and records', async () => {
      const wireId = (await store.findByHash(contentHash(WIRE)))!;
      const id = (await store.findByHash(contentHash(EG_RU)))!;
      expect(await store.deleteArticle(id)).toBe(true);
      expect(await store.deleteArticle(id)).toBe(false);
      expect(await store.getArticle(id)).toBeNull();
      expect((await store.positions({})).filter((r) => r.articleId === id)).toEqual([]);
      expect((await store.agreements({})).filter((r) => r.articleId === id)).toEqual([]);
      // With the wire and its reprint gone, their bands are gone: a third copy starts its own story.
      await store.deleteArticle(wireId);
      await store.deleteArticle((await store.findByHash(contentHash(WIRE_REPRINT)))!);
      const third = await save(store, `${WIRE} Reporting by the desk.`);
      expect(third.storyId).toBe(third.id);
      expect(await store.stats()).toMatchObject({ articles: 4, positions: 3, agreements: 1 });
    });
  });
});
