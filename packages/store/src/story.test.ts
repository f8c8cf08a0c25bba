import { fingerprint } from '@accord/corpus';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, parseUrl } from './db.js';
import { articleRow } from './input.js';
import { _migrateUpTo } from './migrations/index.js';
import { insertRows } from './save.js';
import { save, WIRE, WIRE_REPRINT } from './store.fixtures.js';
import { openStore } from './store.js';
import type { Tables } from './tables.js';
import { createTestDatabase, createTestStore, testBackends, type TestStore } from './testing.js';

const EMPTY = { language: 'en' as const, actors: [], stances: [], agreements: [], relations: [] };
const SUMMIT =
  'Leaders of the Gulf states gathered in Riyadh on Thursday for a summit on maritime security and trade. ' +
  'The final communique urged restraint in the straits, welcomed the new customs agreement and set up a committee on shipping insurance. ' +
  'Delegates said the next summit would be held in Muscat in the spring.';
/** Another outlet's copy of the wire story: a word or two of its own. */
const copy = (n: number) => `${WIRE.replace('the capital', `the capital city ${n}`)} Desk ${n}.`;

async function withDb<T>(url: string, run: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  const db = createDatabase(parseUrl(url));
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

const keysOf = (db: Kysely<Tables>, storyId: string) =>
  db.selectFrom('story_band_keys').select(['band', 'article_id']).where('story_id', '=', storyId).orderBy('band').execute();

describe.each(testBackends())('story lookup by band key on %s', (backend) => {
  let env: TestStore;
  beforeAll(async () => {
    env = await createTestStore({ backend });
  });
  afterAll(() => env?.cleanup());

  it('keeps each band key once per story, however many reprints share it', async () => {
    const wire = await save(env.store, WIRE);
    const prints = [fingerprint(WIRE)];
    for (let n = 1; n <= 20; n++) {
      expect(await save(env.store, copy(n))).toMatchObject({ status: 'ingested', storyId: wire.id });
      prints.push(fingerprint(copy(n)));
    }
    const distinct = new Set(prints.flatMap((p) => p.bands));
    const keys = await withDb(env.url, (db) => keysOf(db, wire.id));
    expect(keys.map((k) => k.band)).toEqual([...distinct].sort());
    expect(keys.length).toBeLessThan(21 * 32);
  });

  it('finds the story still when the article its keys name is deleted', async () => {
    const original = await save(env.store, SUMMIT);
    const reprintText = `${SUMMIT.replace('Thursday', 'Friday')} Filed at noon.`;
    const reprint = await save(env.store, reprintText);
    expect(reprint.storyId).toBe(original.id);
    await env.store.deleteArticle(original.id);
    const keys = await withDb(env.url, (db) => keysOf(db, original.id));
    // Every key the reprint carries, now naming it: those it shared with the deleted one included.
    expect(keys.map((k) => k.band)).toEqual([...new Set(fingerprint(reprintText).bands)].sort());
    expect(new Set(keys.map((k) => k.article_id))).toEqual(new Set([reprint.id]));
    expect(await save(env.store, `${SUMMIT} Filed by our correspondent.`)).toMatchObject({ storyId: original.id });
  });
});

describe.each(testBackends())('a store from before 0004_story_band_keys on %s', (backend) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase({ backend });
  });
  afterAll(() => database?.cleanup());

  it('gets its band keys on opening, and new reprints join its stories', async () => {
    // As 0003 left it: a wire and its reprint in one story, their bands in story_bands only.
    const texts = [WIRE, WIRE_REPRINT];
    const rows = texts.map((text) => articleRow({ article: { text, language: 'en' }, analysis: EMPTY, engineVersion: 'old', fingerprint: fingerprint(text) }));
    const storyId = rows[0]!.id;
    await withDb(database.url, async (db) => {
      await _migrateUpTo(db, '0003_relations');
      await insertRows(
        db,
        'articles',
        rows.map((row) => ({ ...row, story_id: storyId })),
      );
      const bands = rows.flatMap((row, k) => [...new Set(fingerprint(texts[k]!).bands)].map((band) => ({ band, article_id: row.id })));
      await insertRows(db, 'story_bands', bands);
    });
    const store = await openStore({ url: database.url });
    try {
      const keys = await withDb(database.url, (db) => keysOf(db, storyId));
      const bands = new Set(texts.flatMap((text) => fingerprint(text).bands));
      expect(keys.map((k) => k.band)).toEqual([...bands].sort());
      expect(await save(store, copy(1))).toMatchObject({ status: 'ingested', storyId });
    } finally {
      await store.close();
    }
  });
});
