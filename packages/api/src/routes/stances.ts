import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { guarded } from '../access.js';
import { readPositions } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../problem.js';
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

// The store answers positions whole; pages are slices of that (cached) answer, the cursor an offset.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ApiError('invalid-cursor', 'the cursor is not one this API gave: pass nextCursor back unchanged, or leave it out for the first page');
  return Number(match[1]);
}

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
    const offset = decodeCursor(cursor);
    const items = all.slice(offset, offset + limit);
    return c.json({ items, nextCursor: offset + limit < all.length ? encodeCursor(offset + limit) : null }, 200);
  });
}
