import { createTestStore, testBackends, type TestStore } from '@accord/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticles } from './save.js';

const EG = "Egypt's foreign minister Sameh Shoukry said Egypt supports a political solution in Syria.";
const RU = 'Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.';

describe.each(testBackends())('storeArticles on %s', (backend) => {
  let env: TestStore;
  beforeAll(async () => {
    env = await createTestStore({ backend });
  });
  afterAll(() => env?.cleanup());

  it('checks every article of a batch before storing the first, and names the bad one', async () => {
    const bad = [
      [{ text: EG }, { text: RU }, { text: 'We support a political solution in Syria.', speakerCountry: 'XX' }],
      [{ text: EG }, { text: ' \n\t ' }],
      [{ text: EG }, { text: RU, date: '29/05/2017' }],
    ];
    await expect(storeArticles({ store: env.store, articles: bad[0]! })).rejects.toMatchObject({
      code: 'unknown_country',
      message: expect.stringMatching(/article 3: unknown country code "XX"/),
    });
    await expect(storeArticles({ store: env.store, articles: bad[1]! })).rejects.toMatchObject({
      code: 'invalid_article',
      message: expect.stringMatching(/article 2: empty text/),
    });
    await expect(storeArticles({ store: env.store, articles: bad[2]! })).rejects.toMatchObject({
      code: 'invalid_article',
      message: expect.stringMatching(/article 2: date must be YYYY-MM-DD/),
    });
    expect((await env.store.stats()).articles).toBe(0);
  });

  it('stores a batch in order, a speech as its country statement, and a text stored before as a duplicate', async () => {
    const results = await storeArticles({
      store: env.store,
      articles: [{ text: EG, date: '2017-05-29', source: 'wire' }, { text: 'We support a political solution in Syria.', speakerCountry: 'egy' }, { text: EG }],
    });
    expect(results.map((r) => r.status)).toEqual(['ingested', 'ingested', 'duplicate']);
    expect(results[2]).toEqual({ ...results[0], status: 'duplicate' });
    const speech = await env.store.getArticle(results[1]!.id);
    expect(speech).toMatchObject({ speakerCountry: 'EG', language: 'en', title: null });
    expect(speech!.analysis.stances.map((s) => s.country)).toEqual(['EG']);
  });
});
