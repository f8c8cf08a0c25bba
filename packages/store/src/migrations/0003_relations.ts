import { recordsFromAnalysis, type StanceAnalysis } from '@accord/corpus';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { copyOf, relationRows } from '../rows.js';
import { insertRows } from '../save.js';
import type { Tables } from '../tables.js';
import { recordTable } from './0001_init.js';

const ARTICLES_PER_READ = 200;

// Relations (ONTOLOGY v2): who backs and who blames whom. Analyses stored before this migration by a
// v2 engine carry them in their JSON, and get their rows here; v1 analyses have none until
// `accord reanalyze` re-reads them (the engine version changed, so every one of them is stale).
export const relations: Migration = {
  async up(db: Kysely<any>) {
    await recordTable(db, 'relations')
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('issue', 'text', (c) => c.notNull())
      .addColumn('polarity', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('relations_issue_date').on('relations').columns(['issue', 'date']).execute();
    await db.schema.createIndex('relations_country').on('relations').column('country').execute();
    await db.schema.createIndex('relations_target').on('relations').column('target').execute();
    await db.schema
      .alterTable('article_records')
      .addColumn('relations', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await fillFromStoredAnalyses(db as Kysely<Tables>);
  },
};

/** Rows for the relations that stored analyses already hold, a page of articles at a time (each analysis is parsed once). */
async function fillFromStoredAnalyses(db: Kysely<Tables>): Promise<void> {
  for (let after = ''; ; ) {
    const articles = await db
      .selectFrom('articles')
      .select(['id', 'story_id', 'date', 'language', 'source', 'analysis'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(ARTICLES_PER_READ)
      .execute();
    if (articles.length === 0) return;
    for (const article of articles) {
      const stated = wellFormed((JSON.parse(article.analysis) as { relations?: unknown }).relations);
      if (stated.length === 0) continue;
      const analysis: StanceAnalysis = { stances: [], agreements: [], relations: stated };
      const { relations: records } = recordsFromAnalysis({ analysis, articleId: article.id, storyId: article.story_id, date: article.date });
      const { rows, packed } = relationRows(copyOf(article), records);
      await insertRows(db, 'relations', rows);
      await db.updateTable('article_records').set({ relations: packed }).where('article_id', '=', article.id).execute();
    }
    after = articles.at(-1)!.id;
  }
}

type StoredRelation = NonNullable<StanceAnalysis['relations']>[number];

/** The relations of a stored analysis that a row can hold: anything else (a hand-written analysis) is left out, not a failed open. */
function wellFormed(relations: unknown): StoredRelation[] {
  if (!Array.isArray(relations)) return [];
  return relations.filter(
    (r): r is StoredRelation =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.source === 'string' &&
      typeof r.target === 'string' &&
      typeof r.issue === 'string' &&
      (r.polarity === 1 || r.polarity === -1) &&
      typeof r.confidence === 'number' &&
      Array.isArray(r.evidence),
  );
}
