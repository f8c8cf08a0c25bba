import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Backend } from './db.js';
import type { Tables } from './tables.js';
import type { CorpusFilter, RelationFilter } from './types.js';

export type RecordKind = 'positions' | 'agreements' | 'relations';

/**
 * The filter as SQL on a table with one row per article (`articles` or `article_records`): date,
 * language and source on its own columns, issue and countries as "has such a record of `kind`",
 * and q on the article's title and text.
 */
export function articleConditions(
  db: Kysely<Tables>,
  backend: Backend,
  of: { id: 'articles.id' | 'article_records.article_id'; kind: RecordKind },
  filter: RelationFilter,
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

interface RecordMatcher {
  position(country: string, issue: string): boolean;
  agreement(a: string, b: string, issue: string): boolean;
  relation(source: string, target: string, issue: string): boolean;
}

/** `recordConditions` in JS, for the records unpacked from an article that matched as a whole. */
export function recordMatcher(filter: RelationFilter): RecordMatcher {
  const countries = filter.countries?.length ? new Set(filter.countries) : null;
  const targets = filter.targets?.length ? new Set(filter.targets) : null;
  const issue = filter.issue || null;
  return {
    position: (country, i) => (!issue || i === issue) && (!countries || countries.has(country)),
    agreement: (a, b, i) => (!issue || i === issue) && (!countries || (countries.has(a) && countries.has(b))),
    relation: (source, target, i) => (!issue || i === issue) && (!countries || countries.has(source)) && (!targets || targets.has(target)),
  };
}

/** Issue and countries on one record: a position's country, both sides of an agreement, a relation's stating country (and its target). */
function recordConditions(kind: RecordKind, filter: RelationFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.issue) where.push(sql<SqlBool>`issue = ${filter.issue}`);
  if (filter.countries?.length) {
    const list = sql.join(filter.countries);
    where.push(kind === 'agreements' ? sql<SqlBool>`a in (${list}) and b in (${list})` : sql<SqlBool>`country in (${list})`);
  }
  if (kind === 'relations' && filter.targets?.length) where.push(sql<SqlBool>`target in (${sql.join(filter.targets)})`);
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
