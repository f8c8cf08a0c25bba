import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { guarded } from '../access.js';
import { readPositions } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { pageOf } from '../paging.js';
import { listQuery, toCorpusFilter } from '../query.js';
import { csvResponse, listResponse, problemResponses, wantsCsv } from '../respond.js';
import { positionPageSchema, positionRecordSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/stances',
  summary: 'Positions countries took, one record per article, country, issue and code',
  description: 'JSON comes in pages; CSV (`Accept: text/csv` or `format=csv`) holds every matching record.',
  ...guarded('read'),
  request: { query: listQuery },
  responses: {
    200: listResponse(positionPageSchema, 'A page of position records; pass `nextCursor` back as `cursor` for the next'),
    ...problemResponses('validation', 'invalid-cursor', 'unauthorized', 'store-unavailable'),
  },
});

/**
 * `GET /stances`.
 *
 * @example
 * app.route('/api/v1', stanceRoutes());
 */
export function stanceRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { cursor, limit, format, ...query } = c.req.valid('query');
    const all = await readPositions(c.var.deps, toCorpusFilter(query));
    if (wantsCsv(c, format)) return csvResponse(all, 'stances', Object.keys(positionRecordSchema.shape));
    return c.json(pageOf(all, cursor, limit), 200);
  });
}
