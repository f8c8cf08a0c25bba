import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Each band key once per story, pointing at one article of the story that has it: finding a new
// article's story reads at most one row per band per story, where `story_bands` (one row per
// article and band) gave back every reprint of a story, 1,500 rows and 389 ms a write at 1,500
// reprints. `story_bands` stays: it says which articles carry a key when the one pointed at is deleted.
export const storyBandKeys: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('story_band_keys')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('story_band_keys_pk', ['band', 'story_id'])
      .execute();
    await db.schema.createIndex('story_band_keys_article').on('story_band_keys').column('article_id').execute();
    // Stores written before: each (band, story) of their bands, the first article id carrying it.
    await sql`
      insert into story_band_keys (band, story_id, article_id)
      select story_bands.band, articles.story_id, min(articles.id)
      from story_bands join articles on articles.id = story_bands.article_id
      group by story_bands.band, articles.story_id`.execute(db);
  },
};
