import { isSameStory, similarity, type Fingerprint } from '@accord/corpus';
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables.js';

/**
 * The story of the most similar stored article sharing a band, if it is the same story. The
 * candidates are, per shared band and story, the article `story_band_keys` names: a few rows per
 * story however many reprints it has.
 */
export async function findStory(trx: Transaction<Tables>, fingerprint: Fingerprint): Promise<string | null> {
  if (fingerprint.bands.length === 0) return null;
  const rows = await trx
    .selectFrom('story_band_keys')
    .innerJoin('articles', 'articles.id', 'story_band_keys.article_id')
    .select(['articles.id', 'articles.story_id', 'articles.fingerprint'])
    .where('story_band_keys.band', 'in', fingerprint.bands)
    .orderBy('articles.id')
    .execute();
  let best: { storyId: string; fingerprint: Fingerprint; score: number } | null = null;
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const candidate: Fingerprint = { signature: JSON.parse(row.fingerprint) as number[], bands: [] };
    const score = similarity(candidate, fingerprint);
    if (!best || score > best.score) best = { storyId: row.story_id, fingerprint: candidate, score };
  }
  return best && isSameStory(best.fingerprint, fingerprint) ? best.storyId : null;
}

/** Records a saved article's band keys for its story; keys the story already has keep their article. */
export async function keepStoryKeys(trx: Transaction<Tables>, article: { id: string; storyId: string; bands: string[] }): Promise<void> {
  if (article.bands.length === 0) return;
  await trx
    .insertInto('story_band_keys')
    .values(article.bands.map((band) => ({ band, story_id: article.storyId, article_id: article.id })))
    .onConflict((oc) => oc.columns(['band', 'story_id']).doNothing())
    .execute();
}

/**
 * `Store.deleteArticle`, in one transaction: the keys that named the deleted article (gone with it
 * by cascade) name another article of its story that carries them, so the story stays findable.
 */
export async function deleteArticle(db: Kysely<Tables>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const article = await trx.selectFrom('articles').select('story_id').where('id', '=', id).executeTakeFirst();
    if (!article) return false;
    const named = await trx.selectFrom('story_band_keys').select('band').where('article_id', '=', id).execute();
    // Bands, keys, positions and agreements go with it: ON DELETE CASCADE.
    await trx.deleteFrom('articles').where('id', '=', id).execute();
    if (named.length === 0) return true;
    await trx
      .insertInto('story_band_keys')
      .columns(['band', 'story_id', 'article_id'])
      .expression(
        trx
          .selectFrom('story_bands')
          .innerJoin('articles', 'articles.id', 'story_bands.article_id')
          .select((eb) => ['story_bands.band', 'articles.story_id', eb.fn.min('articles.id').as('article_id')])
          .where('articles.story_id', '=', article.story_id)
          .where(
            'story_bands.band',
            'in',
            named.map((row) => row.band),
          )
          .groupBy(['story_bands.band', 'articles.story_id']),
      )
      .onConflict((oc) => oc.columns(['band', 'story_id']).doNothing())
      .execute();
    return true;
  });
}
