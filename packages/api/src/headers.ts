import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

// Data responses load nothing and are framed by no one.
const data = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: 'DENY',
});

// The reference page runs Scalar's bundle from jsDelivr, tagged with a per-request nonce; its
// styles are injected at run time, and "Try it" calls this same origin.
const docs = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: [NONCE, 'https://cdn.jsdelivr.net'],
    styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.scalar.com'],
    fontSrc: ["'self'", 'data:', 'https://fonts.scalar.com', 'https://cdn.jsdelivr.net'],
    imgSrc: ["'self'", 'data:', 'https:'],
    connectSrc: ["'self'", 'https://cdn.jsdelivr.net'],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'self'"],
  },
});

/**
 * hono's secure headers, with a Content-Security-Policy per kind of response: none of anything
 * for data, Scalar's scripts by nonce for the `/api/docs` page.
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return (c, next) => (c.req.path === '/api/docs' || c.req.path === '/api/docs/' ? docs(c, next) : data(c, next));
}
