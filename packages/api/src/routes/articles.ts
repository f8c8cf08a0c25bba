import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { storeArticles } from '@accord/ingest';
import { everyArticle, type SaveResult, type StoredArticle } from '@accord/store';
import { guarded } from '../access.js';
import { unlessBusy } from '../analysis.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../problem.js';
import { listQuery, toCorpusFilter } from '../query.js';
import { csvResponse, jsonResponse, listResponse, problemResponses, wantsCsv } from '../respond.js';
import { articlePageSchema, articlesBodySchema, articleSummarySchema, articleWithAnalysisSchema, saveResponseSchema } from '../schemas.js';

const idParam = z.object({ id: z.string().min(1).max(100).openapi({ example: '3f9a0c2b7d1e4a56' }) });

const saveRoute = createRoute({
  method: 'post',
  path: '/articles',
  summary: 'Analyse and store one article or a batch',
  description: `One article, or \`{ "articles": [...] }\` (up to 500). Each is analysed, fingerprinted and stored; the same text again is a \`duplicate\`. The whole batch is validated before anything is stored; a store error stops it, and the articles before it stay stored (sent again, they come back as duplicates). 201 when anything was ingested, 200 when all were duplicates.`,
  ...guarded('write'),
  request: { body: { required: true, content: { 'application/json': { schema: articlesBodySchema } } } },
  responses: {
    200: jsonResponse(saveResponseSchema, 'Every article was already stored'),
    201: jsonResponse(saveResponseSchema, 'Stored: one SaveResult, or `{ results }` for a batch'),
    ...problemResponses('validation', 'malformed-json', 'unauthorized', 'payload-too-large', 'unsupported-media-type', 'not-text', 'busy', 'store-unavailable'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/articles',
  summary: 'Stored articles, without their text',
  description: 'JSON comes in pages; CSV (`Accept: text/csv` or `format=csv`) holds every matching article.',
  ...guarded('read'),
  request: { query: listQuery },
  responses: {
    200: listResponse(articlePageSchema, 'A page of articles; pass `nextCursor` back as `cursor` for the next'),
    ...problemResponses('validation', 'invalid-cursor', 'unauthorized', 'store-unavailable'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'One article with its text and analysis',
  ...guarded('read'),
  request: { params: idParam },
  responses: {
    200: jsonResponse(articleWithAnalysisSchema, 'The article'),
    ...problemResponses('validation', 'not-found', 'unauthorized', 'store-unavailable'),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/articles/{id}',
  summary: 'Delete an article and its analysis',
  ...guarded('write'),
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...problemResponses('validation', 'not-found', 'unauthorized', 'store-unavailable') },
});

const SNIPPET = 200;

/**
 * The first words of `text`, or the words around the first match of `q`, whitespace collapsed.
 *
 * @example
 * snippetOf('Egypt and Russia agreed on Syria.'); // 'Egypt and Russia agreed on Syria.'
 */
export function snippetOf(text: string, q?: string): string {
  const at = q ? text.toLowerCase().indexOf(q.toLowerCase()) : -1;
  const start = Math.max(0, at - SNIPPET / 4);
  const end = start + SNIPPET + 100;
  let window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  // Cut at word boundaries: no half word at either end.
  if (start > 0) window = window.replace(/^\S*\s/, '');
  const snippet = window.length > SNIPPET ? window.slice(0, SNIPPET).replace(/\s\S*$/, '') : window;
  const more = end < text.length || snippet.length < window.length;
  return `${start > 0 ? '… ' : ''}${snippet}${more ? ' …' : ''}`;
}

const summaryOf = ({ text, ...rest }: StoredArticle, q?: string) => ({ ...rest, snippet: snippetOf(text, q) });

/**
 * `POST /articles`, `GET /articles`, `GET /articles/{id}`, `DELETE /articles/{id}`.
 *
 * @example
 * app.route('/api/v1', articleRoutes());
 */
export function articleRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(saveRoute, async (c) => {
      const { store, cache } = c.var.deps;
      const body = c.req.valid('json');
      let results: SaveResult[];
      try {
        // The schema has checked the batch, speaker countries included; storeArticles checks it
        // again as the store will, before the first write.
        const articles = 'articles' in body ? body.articles : [body];
        results = await unlessBusy(() => storeArticles({ store, articles, pool: c.var.deps.analysis.pool() }));
      } catch (error) {
        // A store error stops the batch with the articles before it stored.
        cache.clear();
        throw error;
      }
      if (results.some((r) => r.status === 'ingested')) cache.clear();
      const status = results.some((r) => r.status === 'ingested') ? 201 : 200;
      if ('articles' in body) return c.json({ results }, status);
      const [result] = results as [SaveResult];
      c.header('location', `${c.req.path}/${result.id}`);
      return c.json(result, status);
    })
    .openapi(listRoute, async (c) => {
      const { cursor, limit, format, ...query } = c.req.valid('query');
      const filter = toCorpusFilter(query);
      const { store } = c.var.deps;
      if (wantsCsv(c, format)) {
        const rows = (await everyArticle(store, filter)).map((a) => summaryOf(a, query.q));
        return csvResponse(rows, 'articles', Object.keys(articleSummarySchema.shape));
      }
      const page = await store.listArticles({ ...filter, cursor: cursor ?? null, limit });
      return c.json({ items: page.items.map((a) => summaryOf(a, query.q)), nextCursor: page.nextCursor }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      const article = await c.var.deps.store.getArticle(id);
      if (!article) throw new ApiError('not-found', `no article with id "${id}"`);
      return c.json(article, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { store, cache } = c.var.deps;
      if (!(await store.deleteArticle(id))) throw new ApiError('not-found', `no article with id "${id}"`);
      cache.clear();
      return c.body(null, 204);
    });
}
