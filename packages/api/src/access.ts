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

/**
 * A route's guard and its OpenAPI security requirement, to spread into `createRoute`.
 *
 * @example
 * createRoute({ method: 'get', path: '/stances', ...guarded('read'), responses: { ... } });
 */
export function guarded(access: 'read' | 'write') {
  return { middleware: [guard(access)], security: [{ bearer: [] }] };
}
