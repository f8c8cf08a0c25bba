import { fingerprint, recordsFromAnalysis } from '@accord/corpus';
import { analyze, type Analysis } from '@accord/stance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, parseUrl } from './db.js';
import { contentHash } from './hash.js';
import { articleRow } from './input.js';
import { _migrateUpTo } from './migrations/index.js';
import { analysisRows } from './rows.js';
import { insertRows } from './save.js';
import { openStore } from './store.js';
import { createTestDatabase, createTestStore, testBackends, type TestStore } from './testing.js';
import type { ArticleInput, RelationFilter, SaveInput, Store } from './types.js';

const ENGINE = 'test-engine-1';

// Who backs and who blames whom, in both languages, with outlets and dates for the filters.
const YEMEN = 'Saudi Foreign Minister Adel al-Jubeir condemned the Houthi attacks on Riyadh and said the kingdom supports the legitimate government of Yemen.';
const SYRIA =
  "Russian Foreign Minister Sergei Lavrov criticised the United States for its strikes in Syria. Iran's foreign minister praised Russia's role in Syria.";
const NOTHING = 'Heavy rain flooded several streets of the old city overnight.';

function input(text: string, article: Partial<ArticleInput> = {}, analysis?: Analysis): SaveInput {
  const language = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
  return { article: { text, language, ...article }, analysis: analysis ?? analyze({ text, language }), engineVersion: ENGINE, fingerprint: fingerprint(text) };
}

const pairs = (records: Array<{ source: string; target: string }>) => records.map((r) => `${r.source}>${r.target}`).sort();

describe.each(testBackends())('relations on %s', (backend) => {
  let env: TestStore;
  let store: Store;
  const ids = { yemen: '', syria: '', nothing: '' };
  beforeAll(async () => {
    env = await createTestStore({ backend });
    store = env.store;
    ids.yemen = (await store.saveArticle(input(YEMEN, { date: '2018-03-26', source: 'spa' }))).id;
    ids.syria = (await store.saveArticle(input(SYRIA, { date: '2017-04-08', source: 'tass' }))).id;
    ids.nothing = (await store.saveArticle(input(NOTHING))).id;
  });
  afterAll(() => env?.cleanup());

  it("keeps each analysis's relations exactly as corpus makes them, spans quoting the text", async () => {
    const stored = await store.relations({});
    const expected = [ids.yemen, ids.syria].sort().flatMap((id) => {
      const text = id === ids.yemen ? YEMEN : SYRIA;
      return recordsFromAnalysis({ analysis: analyze({ text, language: 'en' }), articleId: id, date: id === ids.yemen ? '2018-03-26' : '2017-04-08' })
        .relations;
    });
    expect(stored).toEqual(expected);
    expect(pairs(stored)).toEqual(['IR>RU', 'RU>US', 'SA>YE', 'SA>houthis']);
    for (const r of stored) for (const e of r.evidence) expect((r.articleId === ids.yemen ? YEMEN : SYRIA).slice(e.start, e.end)).toBe(e.text);
    expect((await store.stats()).relations).toBe(4);
  });

  it('filters by stating country, target, issue, dates, language and outlet', async () => {
    const listed = async (filter: RelationFilter) => pairs(await store.relations(filter));
    expect(await listed({ countries: ['SA'] })).toEqual(['SA>YE', 'SA>houthis']);
    expect(await listed({ targets: ['houthis', 'US'] })).toEqual(['RU>US', 'SA>houthis']);
    expect(await listed({ countries: ['RU', 'SA'], targets: ['US', 'YE'] })).toEqual(['RU>US', 'SA>YE']);
    expect(await listed({ issue: 'syria' })).toEqual(['IR>RU', 'RU>US']);
    expect(await listed({ from: '2018-01-01' })).toEqual(['SA>YE', 'SA>houthis']);
    expect(await listed({ to: '2017-12-31', issue: 'yemen' })).toEqual([]);
    expect(await listed({ source: 'tass' })).toEqual(['IR>RU', 'RU>US']);
    expect(await listed({ language: 'ar' })).toEqual([]);
    expect(await listed({ countries: [], targets: [] })).toHaveLength(4);
    expect(await listed({ targets: ['x\u0000'], q: '\u0000' })).toEqual([]);
  });

  it('rewrites relations with the analysis, and drops them with the article', async () => {
    const without: Analysis = { ...analyze({ text: SYRIA, language: 'en' }), relations: [] };
    await store.replaceAnalysis(ids.syria, without, 'test-engine-2');
    expect(pairs(await store.relations({}))).toEqual(['SA>YE', 'SA>houthis']);
    await store.replaceAnalysis(ids.syria, analyze({ text: SYRIA, language: 'en' }), 'test-engine-3');
    expect(pairs(await store.relations({ issue: 'syria' }))).toEqual(['IR>RU', 'RU>US']);
    await store.deleteArticle(ids.yemen);
    expect(pairs(await store.relations({}))).toEqual(['IR>RU', 'RU>US']);
    expect((await store.stats()).relations).toBe(2);
  });

  it('rolls back an article whose relation cannot be stored', async () => {
    const text = 'A text whose analysis carries a relation without a target.';
    const broken: Analysis = { ...analyze({ text: YEMEN, language: 'en' }) };
    broken.relations = [{ ...broken.relations[0]!, target: null as unknown as string }];
    await expect(store.saveArticle(input(text, {}, broken))).rejects.toMatchObject({ code: 'write_failed' });
    expect(await store.findByHash(contentHash(text))).toBeNull();
  });
});

describe.each(testBackends())('migration 0003 on %s', (backend) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase({ backend });
  });
  afterAll(() => database?.cleanup());

  it('carries a database of the release before relations forward, and a re-read fills them', async () => {
    // As 0002 left it: a v1 analysis (no relations key), and one a v2 engine stored with relations in its JSON.
    const v1: Analysis = analyze({ text: SYRIA, language: 'en' });
    delete (v1 as Partial<Analysis>).relations;
    const old = [input(SYRIA, { date: '2017-04-08' }, v1), input(YEMEN, { date: '2018-03-26', source: 'spa' })];
    const db = createDatabase(parseUrl(database.url));
    try {
      expect(await _migrateUpTo(db, '0002_speaker_country')).toEqual(['0001_init', '0002_speaker_country']);
      await db.transaction().execute(async (trx) => {
        const articles = old.map((i) => ({ ...articleRow(i), story_id: articleRow(i).id }));
        await insertRows(trx, 'articles', articles);
        const rows = articles.map((a, k) => analysisRows(a, old[k]!.analysis));
        await insertRows(
          trx,
          'positions',
          rows.flatMap((r) => r.positions),
        );
        await insertRows(
          trx,
          'agreements',
          rows.flatMap((r) => r.agreements),
        );
        await insertRows(trx, 'article_records', rows.map(({ records: { relations: _, ...before } }) => before) as never);
      });
    } finally {
      await db.destroy();
    }
    const store = await openStore({ url: database.url });
    try {
      const [syria, yemen] = old.map((i) => articleRow(i).id);
      expect(pairs(await store.relations({}))).toEqual(['SA>YE', 'SA>houthis']);
      expect((await store.relations({ targets: ['houthis'] }))[0]).toMatchObject({
        articleId: yemen,
        storyId: yemen,
        date: '2018-03-26',
        issue: 'yemen',
        polarity: -1,
      });
      expect(await store.stats()).toMatchObject({ articles: 2, relations: 2 });
      // What `accord reanalyze` does for each stale article: the v1 analysis gains its relations.
      await store.replaceAnalysis(syria!, analyze({ text: SYRIA, language: 'en' }), 'v2');
      expect(pairs(await store.relations({ issue: 'syria' }))).toEqual(['IR>RU', 'RU>US']);
    } finally {
      await store.close();
    }
  });
});
