import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Column types both backends read alike: SQLite gives `double precision` REAL affinity.
export const init: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('external_id', 'text')
      .addColumn('title', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('source', 'text')
      .addColumn('url', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('analysis', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    // Every index costs each save a page write; add one when a query needs it (a new migration).
    await db.schema.createIndex('articles_date').on('articles').columns(['date', 'id']).execute();

    await db.schema
      .createTable('story_bands')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('story_bands_pk', ['band', 'article_id'])
      .execute();
    // The cascade from articles looks rows up by article_id.
    await db.schema.createIndex('story_bands_article').on('story_bands').column('article_id').execute();

    await recordTable(db, 'positions')
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('issue', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('polarity', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('positions_issue_date').on('positions').columns(['issue', 'date']).execute();
    await db.schema.createIndex('positions_country').on('positions').column('country').execute();

    await recordTable(db, 'agreements')
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('issue', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('explicit', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agreements_issue_date').on('agreements').columns(['issue', 'date']).execute();
    await db.schema.createIndex('agreements_pair').on('agreements').columns(['a', 'b']).execute();

    // Each article's records with their evidence, packed as JSON: positions() reads one row per article.
    await db.schema
      .createTable('article_records')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('positions', 'text', (c) => c.notNull())
      .addColumn('agreements', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('article_records_date').on('article_records').column('date').execute();
  },

  async down(db: Kysely<any>) {
    for (const table of ['article_records', 'agreements', 'positions', 'story_bands', 'articles']) await db.schema.dropTable(table).execute();
  },
};

/**
 * A record table (positions, agreements, and since 0003 relations) with the columns it copies from
 * its article, so filters need no join; its key (article_id, ord) also serves the cascade from articles.
 */
export function recordTable(db: Kysely<any>, name: string): CreateTableBuilder<string> {
  return db.schema
    .createTable(name)
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addPrimaryKeyConstraint(`${name}_pk`, ['article_id', 'ord']);
}
