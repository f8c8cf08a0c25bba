import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// The country whose statement the whole text is (a UN speech): the engine needs it again to re-analyse.
export const speakerCountry: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('articles').addColumn('speaker_country', 'text').execute();
  },
};
