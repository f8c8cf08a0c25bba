import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

// Swagger UI's prebuilt files, served from the package itself: the reference page works on a
// machine with no internet, and the page's CSP allows nothing but this origin.
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};
const assetDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const cache = new Map<string, string>();

/** One of Swagger UI's files, read once; null for any other name. */
export function docsAsset(c: Context<AppEnv>, name: string): Response | null {
  // Own names only: `__proto__` or `constructor` must not reach readFileSync.
  const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!type) return null;
  let body = cache.get(name);
  if (body === undefined) cache.set(name, (body = readFileSync(join(assetDir, name), 'utf8')));
  return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
}

/** The interactive reference page for `/api/openapi.json`; its one inline script carries the request's nonce. */
export function docsPage(c: Context<AppEnv>): Response {
  const nonce = c.get('secureHeadersNonce') ?? '';
  return c.html(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accord API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/api/docs/swagger-ui-bundle.js" nonce="${nonce}"></script>
<script nonce="${nonce}">
window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true, tryItOutEnabled: true, validatorUrl: null });
</script>
</body>
</html>`);
}
