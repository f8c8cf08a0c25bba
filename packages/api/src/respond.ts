import { z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { PROBLEMS, type ProblemCode } from './problem.js';
import { problemSchema } from './schemas.js';

/**
 * A JSON response in an OpenAPI route definition.
 *
 * @example
 * responses: { 200: jsonResponse(healthSchema, 'The API and its store answer') }
 */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * A list response: JSON, or CSV with `Accept: text/csv` or `?format=csv`.
 *
 * @example
 * responses: { 200: listResponse(agreementMatrixSchema, 'The matrix') }
 */
export const listResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: {
    'application/json': { schema },
    'text/csv': { schema: z.string().openapi({ description: 'A header row, then one row per item; nested values as JSON' }) },
  },
});

/**
 * The problem responses a route documents, by code.
 *
 * @example
 * responses: { 200: jsonResponse(healthSchema, 'ok'), ...problemResponses('store-unavailable') } // and 500, always
 */
export function problemResponses(...codes: ProblemCode[]) {
  const responses: Record<number, { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }> = {};
  for (const code of [...codes, 'internal'] as ProblemCode[]) {
    const { status, title } = PROBLEMS[code];
    const description = responses[status] ? `${responses[status].description}; ${title}` : title;
    responses[status] = { description, content: { 'application/problem+json': { schema: problemSchema } } };
  }
  return responses;
}

/**
 * Whether the client asked for CSV: `format=csv`, or an Accept header preferring text/csv.
 *
 * @example
 * if (wantsCsv(c, query.format)) return csvResponse(rows, 'stances');
 */
export function wantsCsv(c: Context, format?: 'json' | 'csv'): boolean {
  if (format) return format === 'csv';
  return accepts(c, { header: 'Accept', supports: ['application/json', 'text/csv'], default: 'application/json' }) === 'text/csv';
}

/**
 * Rows as CSV: one column per top-level key of the first row (or `columns` when there is none),
 * nested values as JSON, cells that a spreadsheet would run as a formula escaped.
 *
 * @example
 * csvResponse([{ code: 'EG', positions: 4 }], 'countries');
 */
export function csvResponse(rows: object[], name: string, columns?: string[]): Response {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const body = stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: header,
    cast: { object: (v) => JSON.stringify(v), boolean: (v) => String(v) },
    escape_formulas: true,
  });
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `inline; filename="${name}.csv"` },
  });
}
