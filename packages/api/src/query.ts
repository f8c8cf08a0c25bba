import { z } from '@hono/zod-openapi';
import { countryCodes, plainMessage } from '@accord/ingest';
import { defaultLexiconData } from '@accord/lexicon';
import type { CorpusFilter } from '@accord/store';
import { ApiError } from './problem.js';
import { languageSchema } from './schemas.js';

const issueIds = () => defaultLexiconData.issues.map((i) => i.id);

const countryList = z
  .string()
  .transform((list, ctx) => {
    try {
      return countryCodes(list);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: plainMessage(error) });
      return z.NEVER;
    }
  })
  .openapi({ type: 'string', description: 'Comma-separated ISO codes', example: 'EG,RU' });

export const issueParam = z
  .string()
  .refine((id) => issueIds().includes(id), { error: (i) => `unknown issue "${String(i.input)}": one of ${issueIds().join(', ')}` })
  .openapi({ type: 'string', example: 'syria' });

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

/** `format=csv` does what `Accept: text/csv` does, for links a browser follows. */
export const formatQuery = z.object({ format: z.enum(['json', 'csv']).optional() });

export const pageQuery = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ type: 'integer' }),
});

/** A paged list's query: the filters, a page, and the format. */
export const listQuery = filterQuery.extend(pageQuery.shape).extend(formatQuery.shape);

/**
 * The store's filter from parsed query parameters, with unset ones left out.
 *
 * @example
 * toCorpusFilter({ country: ['EG'], issue: 'syria' }); // { countries: ['EG'], issue: 'syria' }
 */
export function toCorpusFilter(query: Partial<z.output<typeof filterQuery>>): CorpusFilter {
  // An empty answer would look like "no evidence"; a swapped range is the client's mistake to hear about.
  if (query.from && query.to && query.from > query.to) {
    const message = `from (${query.from}) is after to (${query.to}): swap them, or leave one out`;
    throw new ApiError('validation', `query parameter from: ${message}`, { errors: [{ path: 'from', message }] });
  }
  const filter: CorpusFilter = {};
  if (query.q) filter.q = query.q;
  if (query.country?.length) filter.countries = query.country;
  if (query.issue) filter.issue = query.issue;
  if (query.language) filter.language = query.language;
  if (query.source) filter.source = query.source;
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  return filter;
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
