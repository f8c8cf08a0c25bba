import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

// Data responses load nothing and are framed by no one.
const data = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: 'DENY',
});

// The reference page runs Swagger UI's bundle from this origin and one inline script by nonce;
// Swagger UI sets inline styles, and "Try it out" calls this same origin.
const docs = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", NONCE],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'self'"],
  },
});

/**
 * hono's secure headers, with a Content-Security-Policy per kind of response: none of anything
 * for data, this origin's scripts and one nonce-tagged inline script for the `/api/docs` page.
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return (c, next) => (c.req.path === '/api/docs' || c.req.path.startsWith('/api/docs/') ? docs(c, next) : data(c, next));
}
