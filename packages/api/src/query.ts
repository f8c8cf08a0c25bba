import { z } from '@hono/zod-openapi';
import { countryCodes, issueId, plainMessage } from '@accord/ingest';
import { corpusScope, CorpusError, type CorpusScope } from '@accord/corpus';
import type { CorpusFilter } from '@accord/store';
import { ApiError } from './problem.js';
import { languageSchema, resolvedBy } from './schemas.js';

export const countryList = z
  .string()
  .transform(resolvedBy(countryCodes))
  .openapi({ type: 'string', description: 'Comma-separated ISO codes', example: 'EG,RU' });

export const issueParam = z.string().transform(resolvedBy(issueId)).openapi({ type: 'string', example: 'syria' });

/** Filters every corpus query takes; `country` is one code or a comma list. */
export const filterQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'One literal substring of the title or text, case-insensitive (SQLite folds ASCII letters only)' }),
  country: countryList.optional(),
  issue: issueParam.optional(),
  language: languageSchema.optional(),
  source: z.string().max(200).optional(),
  from: z.iso.date().optional().openapi({ description: 'YYYY-MM-DD, inclusive' }),
  to: z.iso.date().optional().openapi({ description: 'YYYY-MM-DD, inclusive' }),
});

/** Evidence items per cell of a matrix, most recent first. */
export const evidenceParam = z.coerce
  .number()
  .int()
  .min(0)
  .max(100)
  .default(5)
  .openapi({ type: 'integer', description: 'Evidence items per cell, most recent first' });

/** `format=csv` does what `Accept: text/csv` does, for links a browser follows. */
export const formatQuery = z.object({ format: z.enum(['json', 'csv']).optional() });

export const pageQuery = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ type: 'integer' }),
});

/** A paged list's query: the filters, a page, and the format. */
export const listQuery = filterQuery.extend(pageQuery.shape).extend(formatQuery.shape);

/**
 * The store's filter from parsed query parameters, checked as every host checks a corpus scope
 * (`corpusScope` of `@accord/corpus`), with unset ones left out.
 *
 * @example
 * toCorpusFilter({ country: ['EG'], issue: 'syria' }); // { countries: ['EG'], issue: 'syria' }
 */
export function toCorpusFilter(query: Partial<z.output<typeof filterQuery>>): CorpusFilter {
  let scope: CorpusScope;
  try {
    scope = corpusScope({ ...query, countries: query.country });
  } catch (error) {
    if (!(error instanceof CorpusError) || !error.field) throw error;
    const message = plainMessage(error);
    throw new ApiError('validation', `query parameter ${error.field}: ${message}`, { cause: error, errors: [{ path: error.field, message }] });
  }
  return query.q ? { ...scope, q: query.q } : scope;
}

/**
 * A stable cache key for a filter: the same filter in any key order is the same key.
 *
 * @example
 * filterKey({ issue: 'syria', countries: ['RU', 'EG'] }) === filterKey({ countries: ['EG', 'RU'], issue: 'syria' }); // true
 */
export function filterKey(filter: object): string {
  const entries = Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}
