import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { AppEnv } from './env.js';
import { ApiError } from './problem.js';

/**
 * Lets a request through when its `Authorization: Bearer` key opens `access`: writes need the API
 * key when one is set; reads need the read key or the API key when a read key is set.
 *
 * @example
 * createRoute({ method: 'delete', path: '/articles/{id}', middleware: [guard('write')], ... });
 */
export function guard(access: 'read' | 'write'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { write, read } = c.var.deps.keys;
    if (access === 'write' && !c.var.deps.crossSiteWrites && crossSite(c.req.header('origin'), c.req.header('host'), c.req.header('sec-fetch-site')))
      throw new ApiError(
        'unauthorized',
        'writes from another site are refused: ACCORD_CORS_ORIGINS=* lets any page call this API and no ACCORD_API_KEY guards writes; set ACCORD_API_KEY, or list the origins allowed',
      );
    // Closing reads closes writes too: with only a read key set, writes need it.
    const accepted = access === 'write' ? [write ?? read] : read ? [read, write] : [];
    const keys = accepted.filter((k): k is string => Boolean(k));
    if (keys.length === 0) return next();
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    for (const key of keys) if (given && (await timingSafeEqual(given, key))) return next();
    throw new ApiError('unauthorized', `${access === 'write' ? 'writes' : 'reads'} need an API key: send Authorization: Bearer <key>`, {
      headers: { 'www-authenticate': 'Bearer realm="accord"' },
    });
  };
}

// A browser names the page's origin on every cross-origin request (and on same-origin writes);
// tools that send no Origin are not a page acting for a visitor.
function crossSite(origin: string | undefined, host: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  if (!origin) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * A route's guard and its OpenAPI security requirement, to spread into `createRoute`.
 *
 * @example
 * createRoute({ method: 'get', path: '/stances', ...guarded('read'), responses: { ... } });
 */
export function guarded(access: 'read' | 'write') {
  return { middleware: [guard(access)], security: [{ bearer: [] }] };
}
