import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Backend } from './db.js';
import type { Tables } from './tables.js';
import type { CorpusFilter } from './types.js';

export type RecordKind = 'positions' | 'agreements';

/**
 * The filter as SQL on a table with one row per article (`articles` or `article_records`): date,
 * language and source on its own columns, issue and countries as "has such a record of `kind`",
 * and q on the article's title and text.
 */
export function articleConditions(
  db: Kysely<Tables>,
  backend: Backend,
  of: { id: 'articles.id' | 'article_records.article_id'; kind: RecordKind },
  filter: CorpusFilter,
): Expression<SqlBool>[] {
  const where = copiedColumns(filter);
  const onRecords = recordConditions(of.kind, filter);
  if (onRecords.length > 0) {
    // The record tables copy date, language and source too: repeating them lets (issue, date) narrow.
    const matching = sql.join([...copiedColumns(filter), ...onRecords], sql` and `);
    where.push(sql<SqlBool>`${sql.ref(of.id)} in (select article_id from ${sql.table(of.kind)} where ${matching})`);
  }
  if (filter.q) {
    const text = textMatches(backend, filter.q);
    where.push(of.id === 'articles.id' ? text : sql<SqlBool>`${sql.ref(of.id)} in ${db.selectFrom('articles').select('articles.id').where(text)}`);
  }
  return where;
}

/** `recordConditions` in JS, for the records unpacked from an article that matched as a whole. */
export function recordMatcher(filter: CorpusFilter): { position(country: string, issue: string): boolean; agreement(a: string, b: string, issue: string): boolean } {
  const countries = filter.countries?.length ? new Set(filter.countries) : null;
  const issue = filter.issue || null;
  return {
    position: (country, i) => (!issue || i === issue) && (!countries || countries.has(country)),
    agreement: (a, b, i) => (!issue || i === issue) && (!countries || (countries.has(a) && countries.has(b))),
  };
}

/** Issue and countries on one record: a position's country, or both sides of an agreement. */
function recordConditions(kind: RecordKind, filter: CorpusFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.issue) where.push(sql<SqlBool>`issue = ${filter.issue}`);
  if (filter.countries?.length) {
    const list = sql.join(filter.countries);
    where.push(kind === 'positions' ? sql<SqlBool>`country in (${list})` : sql<SqlBool>`a in (${list}) and b in (${list})`);
  }
  return where;
}

/** Date, language and source: columns of the article that every table here carries. */
function copiedColumns(filter: CorpusFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.from) where.push(sql<SqlBool>`date >= ${filter.from}`);
  if (filter.to) where.push(sql<SqlBool>`date <= ${filter.to}`);
  if (filter.language) where.push(sql<SqlBool>`language = ${filter.language}`);
  if (filter.source) where.push(sql<SqlBool>`source = ${filter.source}`);
  return where;
}

/** Title or text contains `q`, case-insensitively, with `%`, `_` and `\` in `q` taken literally. */
function textMatches(backend: Backend, q: string): Expression<SqlBool> {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  // SQLite's LIKE already ignores case (ASCII letters only); PostgreSQL needs ILIKE for that.
  const like = sql.raw(backend === 'postgres' ? 'ilike' : 'like');
  return sql<SqlBool>`(articles.title ${like} ${pattern} escape '\\' or articles.text ${like} ${pattern} escape '\\')`;
}
