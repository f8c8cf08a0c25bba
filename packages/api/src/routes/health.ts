import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { engineVersion } from '@accord/stance';
import { computed } from '../corpus.js';
import type { AppEnv } from '../env.js';
import { ApiError, RETRY_AFTER_SECONDS } from '../problem.js';
import { jsonResponse, problemResponses } from '../respond.js';
import { healthSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the API and its store answer',
  description:
    'Always open, for load balancers: no key is needed even when reads are closed. The database is asked on every call (one `select 1`): when it cannot be reached the answer is 503 with `Retry-After`, and the problem detail says that the database, not the API, is down. The article count comes through the query cache, so it lags writes by other processes by up to 30 s.',
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
    // Live, never cached: a cached 'ok' hid an outage for 30 s.
    await store.ping().catch((error: unknown) => {
      throw databaseDown(store.backend, error);
    });
    // Counting a large store takes tens of milliseconds; a probe polled every second should not.
    const { articles } = await computed(c.var.deps, 'stats', {}, () => store.stats());
    return c.json({ status: 'ok' as const, backend: store.backend, articles, engineVersion: engineVersion() }, 200);
  });
}

/** A 503 that says which part is down: the database, while the API itself answers. */
function databaseDown(backend: string, error: unknown): ApiError {
  const reason = error instanceof Error ? error.message.replace(/^\[accord\/\w+\] /, '') : String(error);
  return new ApiError('store-unavailable', `the API is up but its ${backend} database is down: ${reason}`, {
    cause: error,
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  });
}
