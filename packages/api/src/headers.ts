import type { IncomingMessage, ServerResponse } from 'node:http';
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

/**
 * The headers every response outside `/api` (the dashboard's pages and assets) starts with. A
 * page's own policy (SvelteKit's `kit.csp`, which hashes its inline start script) replaces this
 * Content-Security-Policy; an asset keeps it.
 *
 * @example
 * for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * Sets `PAGE_HEADERS` on a response outside `/api` before its handler writes it. A conditional
 * request may be answered 304, whose headers a browser merges into the page it cached: that page
 * keeps its own CSP only if the 304 carries none, so a conditional request gets no default CSP.
 *
 * @example
 * setPageHeaders(req, res); dashboardHandler(req, res);
 */
export function setPageHeaders(req: IncomingMessage, res: ServerResponse): void {
  const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
  for (const [name, value] of Object.entries(PAGE_HEADERS)) if (!conditional || name !== 'content-security-policy') res.setHeader(name, value);
}
