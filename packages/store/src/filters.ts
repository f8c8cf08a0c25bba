import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Backend } from './db.js';
import type { Tables } from './tables.js';
import type { CorpusFilter } from './types.js';

/**
 * The `CorpusFilter` conditions as SQL, for articles, positions or agreements alike: the three
 * tables share the date, language and source columns, and the rest differs by table below.
 */
export function filterConditions(db: Kysely<Tables>, backend: Backend, table: keyof Omit<Tables, 'story_bands'>, filter: CorpusFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.from) where.push(sql<SqlBool>`${sql.ref('date')} >= ${filter.from}`);
  if (filter.to) where.push(sql<SqlBool>`${sql.ref('date')} <= ${filter.to}`);
  if (filter.language) where.push(sql<SqlBool>`${sql.ref('language')} = ${filter.language}`);
  if (filter.source) where.push(sql<SqlBool>`${sql.ref('source')} = ${filter.source}`);
  const countries = filter.countries?.length ? sql.join(filter.countries) : null;
  if (table === 'articles') {
    if (countries || filter.issue) {
      const having = db
        .selectFrom('positions')
        .select(sql`1`.as('one'))
        .where('positions.article_id', '=', sql.ref<string>('articles.id'))
        .$if(countries !== null, (q) => q.where(sql<SqlBool>`positions.country in (${countries})`))
        .$if(Boolean(filter.issue), (q) => q.where('positions.issue', '=', filter.issue!));
      // Kysely parenthesises an embedded query itself; SQLite rejects `exists ((…))`.
      where.push(sql<SqlBool>`exists ${having}`);
    }
    if (filter.q) where.push(textMatches(backend, filter.q));
    return where;
  }
  if (filter.issue) where.push(sql<SqlBool>`${sql.ref('issue')} = ${filter.issue}`);
  if (countries && table === 'positions') where.push(sql<SqlBool>`${sql.ref('country')} in (${countries})`);
  if (countries && table === 'agreements') where.push(sql<SqlBool>`${sql.ref('a')} in (${countries}) and ${sql.ref('b')} in (${countries})`);
  if (filter.q) {
    const matching = db.selectFrom('articles').select('articles.id').where(textMatches(backend, filter.q));
    where.push(sql<SqlBool>`${sql.ref('article_id')} in ${matching}`);
  }
  return where;
}

/** Title or text contains `q`, case-insensitively, with `%`, `_` and `\` in `q` taken literally. */
function textMatches(backend: Backend, q: string): Expression<SqlBool> {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  // SQLite's LIKE already ignores case (ASCII letters only); PostgreSQL needs ILIKE for that.
  const like = sql.raw(backend === 'postgres' ? 'ilike' : 'like');
  return sql<SqlBool>`(articles.title ${like} ${pattern} escape '\\' or articles.text ${like} ${pattern} escape '\\')`;
}
