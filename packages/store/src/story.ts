import { isSameStory, similarity, type Fingerprint } from '@accord/corpus';
import type { Transaction } from 'kysely';
import type { Tables } from './tables.js';

/** The story of the most similar stored article sharing a band, if it is the same story. */
export async function findStory(trx: Transaction<Tables>, fingerprint: Fingerprint): Promise<string | null> {
  if (fingerprint.bands.length === 0) return null;
  const rows = await trx
    .selectFrom('story_bands')
    .innerJoin('articles', 'articles.id', 'story_bands.article_id')
    .select(['articles.id', 'articles.story_id', 'articles.fingerprint'])
    .where('story_bands.band', 'in', fingerprint.bands)
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
