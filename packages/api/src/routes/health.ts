import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { engineVersion } from '@accord/stance';
import { computed } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { jsonResponse, problemResponses } from '../respond.js';
import { healthSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the API and its store answer',
  description:
    'Always open, for load balancers: no key is needed even when reads are closed. The article count comes through the query cache, so it lags writes by other processes by up to 30 s.',
  responses: { 200: jsonResponse(healthSchema, 'The API and its store answer'), ...problemResponses('store-unavailable') },
});

/**
 * `GET /health`.
 *
 * @example
 * app.route('/api/v1', healthRoutes());
 */
export function healthRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { store } = c.var.deps;
    // Counting a large store takes tens of milliseconds; a probe polled every second should not.
    const { articles } = await computed(c.var.deps, 'stats', {}, () => store.stats());
    return c.json({ status: 'ok' as const, backend: store.backend, articles, engineVersion: engineVersion() }, 200);
  });
}
