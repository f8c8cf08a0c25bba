import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { scopedRelationMatrix, type RelationCell } from '@accord/corpus';
import { relationTargets } from '@accord/ingest';
import type { RelationFilter } from '@accord/store';
import { guarded } from '../access.js';
import { cachedRecords, computed, readRelations } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { pageOf } from '../paging.js';
import { countryList, evidenceParam, filterQuery, formatQuery, issueParam, pageQuery, toCorpusFilter } from '../query.js';
import { csvResponse, listResponse, problemResponses, wantsCsv } from '../respond.js';
import { resolvedBy } from '../schemas.js';
import { relationMatrixSchema, relationPageSchema, relationRecordSchema } from '../schemas-relations.js';

// A relation's two ends are `source` (the stating country) and `target`, as its record names them;
// the outlet, which other routes call `source`, is `outlet` here.
const targetList = z
  .string()
  .transform(resolvedBy(relationTargets))
  .openapi({ type: 'string', description: 'Comma-separated targets: country codes (alpha-2 or alpha-3) or actor ids (see /actors)', example: 'houthis,YE' });
const outlet = z.string().max(200).optional().openapi({ description: 'Only articles of this outlet (the `source` of other routes)' });
const scope = filterQuery.pick({ from: true, to: true, language: true }).extend({ outlet });

const listRoute = createRoute({
  method: 'get',
  path: '/relations',
  summary: 'Who backs and who blames whom: one record per article, stating country, target and issue',
  description: 'JSON comes in pages; CSV (`Accept: text/csv` or `format=csv`) holds every matching record.',
  ...guarded('read'),
  request: {
    query: scope
      .extend({
        source: countryList.optional().openapi({ type: 'string', description: 'The stating countries (comma list)', example: 'SA,AE' }),
        target: targetList.optional(),
        issue: issueParam.optional(),
        q: filterQuery.shape.q,
      })
      .extend(pageQuery.shape)
      .extend(formatQuery.shape),
  },
  responses: {
    200: listResponse(relationPageSchema, 'A page of relation records; pass `nextCursor` back as `cursor` for the next'),
    ...problemResponses('validation', 'invalid-cursor', 'unauthorized', 'store-unavailable'),
  },
});

const top = z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .optional()
  .openapi({ type: 'integer', description: 'Only the N stating countries and the N targets with the most stories, on each axis not given' });

const matrixRoute = createRoute({
  method: 'get',
  path: '/relations/matrix',
  summary: 'Who backs whom on one issue: stating countries x targets, with the stories backing and blaming',
  description:
    'One cell per stating country and target with any relation: stories backing and blaming (a story counts once, however many outlets print it), their net in [-1, 1], and the evidence. CSV holds one row per cell.',
  ...guarded('read'),
  request: {
    query: scope
      .extend({
        issue: issueParam,
        sources: countryList.optional().openapi({ type: 'string', description: 'Only these stating countries (comma list)', example: 'SA,IR' }),
        targets: targetList.optional(),
        evidence: evidenceParam,
        top,
      })
      .extend(formatQuery.shape),
  },
  responses: { 200: listResponse(relationMatrixSchema, 'The matrix'), ...problemResponses('validation', 'unauthorized', 'store-unavailable') },
});

const CELL_COLUMNS = ['source', 'target', 'issue', 'backs', 'blames', 'net', 'articles', 'stories', 'evidence'] satisfies Array<keyof RelationCell>;

/** The store's filter for relations: the scope as every corpus route checks it, the ends as the relation names them. */
function relationFilter(
  query: {
    from?: string | undefined;
    to?: string | undefined;
    language?: 'ar' | 'en' | undefined;
    outlet?: string | undefined;
    q?: string | undefined;
    issue?: string | undefined;
  },
  sources?: string[],
  targets?: string[],
): RelationFilter {
  const { outlet: source, ...rest } = query;
  const filter: RelationFilter = toCorpusFilter({ ...rest, source, country: sources });
  return targets?.length ? { ...filter, targets } : filter;
}

/**
 * `GET /relations` and `GET /relations/matrix`.
 *
 * @example
 * app.route('/api/v1', relationRoutes());
 */
export function relationRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      const { cursor, limit, format, source, target, ...query } = c.req.valid('query');
      const all = await readRelations(c.var.deps, relationFilter(query, source, target));
      if (wantsCsv(c, format)) return csvResponse(all, 'relations', Object.keys(relationRecordSchema.shape));
      return c.json(pageOf(all, cursor, limit), 200);
    })
    .openapi(matrixRoute, async (c) => {
      const { issue, sources, targets, evidence: evidenceLimit, top: topCount, format, ...query } = c.req.valid('query');
      const filter = relationFilter({ ...query, issue }, sources);
      const deps = c.var.deps;
      const key = { ...filter, targets, top: topCount, evidenceLimit };
      const matrix = await computed(deps, 'relation-matrix', key, () =>
        scopedRelationMatrix({
          source: cachedRecords(deps),
          scope: filter,
          issue,
          evidenceLimit,
          ...(targets?.length ? { targets } : {}),
          ...(topCount !== undefined ? { top: topCount } : {}),
        }),
      );
      if (wantsCsv(c, format)) return csvResponse(matrix.cells, `relations-${issue}`, CELL_COLUMNS);
      return c.json(matrix, 200);
    });
}
