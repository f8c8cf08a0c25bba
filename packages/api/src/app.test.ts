import { gunzipSync } from 'node:zlib';
import type { Store } from '@accord/store';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { expectProblem, testBackends, useTestApp } from './test-app.js';

describe.each(testBackends())('the app around the routes on %s', (backend) => {
  const t = useTestApp(backend);

  it('documents every route in an OpenAPI 3.1 document at /api/openapi.json', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    const served = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(res.json.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(new Set(served).size).toBe(16);
    expect(documented.sort()).toEqual([...new Set(served)].sort());
    expect(Object.keys(res.json.components.schemas)).toEqual(
      expect.arrayContaining(['Analysis', 'Problem', 'AgreementMatrix', 'PositionRecord', 'RelationRecord', 'RelationMatrix']),
    );
    expect(res.json.paths['/api/v1/articles'].post.security).toEqual([{ bearer: [] }]);
  });

  it('serves the reference page with a CSP that lets its nonced scripts run', async () => {
    const res = await t.call('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const nonce = /nonce="([^"]+)"/.exec(res.text)?.[1];
    expect(nonce).toBeDefined();
    expect(res.headers.get('content-security-policy')).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(res.headers.get('content-security-policy')).not.toContain('https:');
    expect(res.text).toContain('/api/openapi.json');
  });

  it("serves the reference page's own assets, so it works offline, and nothing else from that folder", async () => {
    const script = await t.call('GET', '/api/docs/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.text).toContain('SwaggerUIBundle');
    expect((await t.call('GET', '/api/docs/swagger-ui.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await t.call('GET', '/api/docs/package.json')).status).toBe(404);
    expect((await t.call('GET', '/api/docs/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('gzips responses for clients that accept it, and only for them', async () => {
    const zipped = await t.app.request('/api/v1/positions', { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await t.app.request('/api/v1/positions');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = new Uint8Array(await new Response(zipped.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    expect(JSON.parse(new TextDecoder().decode(body))).toEqual(await plain.json());
  });

  it('gzips a matrix to the same bytes each time, decoding to the plain JSON', async () => {
    const path = '/api/v1/agreement?issue=syria&evidence=20';
    const plain = await t.app.request(path);
    const once = await t.app.request(path, { headers: { 'accept-encoding': 'gzip, deflate' } });
    const twice = await t.app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(once.headers.get('content-encoding')).toBe('gzip');
    expect(once.headers.get('vary')).toMatch(/accept-encoding/i);
    const [a, b] = [new Uint8Array(await once.arrayBuffer()), new Uint8Array(await twice.arrayBuffer())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(JSON.parse(gunzipSync(a).toString('utf8'))).toEqual(await plain.json());
  });

  it('sends secure headers with data, which loads nothing', async () => {
    const res = await t.call('GET', '/api/v1/issues');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown routes 404 and wrong methods 405 with Allow, as problems', async () => {
    expectProblem(await t.call('GET', '/api/v1/nothing-here'), 404, 'not-found');
    expectProblem(await t.call('GET', '/elsewhere'), 404, 'not-found');
    const put = await t.call('PUT', '/api/v1/articles');
    expectProblem(put, 405, 'method-not-allowed');
    expect(put.headers.get('allow')).toBe('POST, GET, HEAD');
    const get = await t.call('GET', '/api/v1/analyze');
    expectProblem(get, 405, 'method-not-allowed');
    expect(get.headers.get('allow')).toBe('POST');
    expect((await t.app.request('/api/v1/issues', { method: 'HEAD' })).status).toBe(200);
  });

  it('limits bodies to a configurable size with 413', async () => {
    const call = t.withOptions({ bodyLimit: 64 });
    const res = await call('POST', '/api/v1/analyze', { json: { text: 'x'.repeat(100) } });
    expectProblem(res, 413, 'payload-too-large');
    expect(res.json.detail).toBe('the body is over the limit of 64 bytes (ACCORD_BODY_LIMIT)');
    expect((await call('POST', '/api/v1/analyze', { json: { text: 'short' } })).status).toBe(200);
  });

  it('allows the configured CORS origins only', async () => {
    const call = t.withOptions({ corsOrigins: ['https://dash.example.org'] });
    const preflight = await call('OPTIONS', '/api/v1/articles', {
      headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await call('GET', '/api/v1/issues', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const any = t.withOptions({ corsOrigins: ['*'] });
    expect((await any('GET', '/api/v1/issues', { headers: { origin: 'https://x.example' } })).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('with CORS * and no API key, refuses every cross-site write and stores or deletes nothing', async () => {
    const any = t.withOptions({ corsOrigins: ['*'] });
    const evil = { origin: 'https://evil.example' };
    const saved = await any('POST', '/api/v1/articles', { json: { text: 'Egypt supports a ceasefire in Libya.' } });
    expect(saved.status).toBe(201);
    const posted = await any('POST', '/api/v1/articles', { json: { text: 'Russia supports a ceasefire in Libya.' }, headers: evil });
    expectProblem(posted, 401, 'unauthorized');
    expect(posted.json.detail).toMatch(/writes from another site are refused/);
    expectProblem(await any('DELETE', `/api/v1/articles/${saved.json.id}`, { headers: evil }), 401, 'unauthorized');
    expectProblem(await any('DELETE', `/api/v1/articles/${saved.json.id}`, { headers: { 'sec-fetch-site': 'cross-site' } }), 401, 'unauthorized');
    const preflight = await any('OPTIONS', '/api/v1/articles/x', { headers: { ...evil, 'access-control-request-method': 'DELETE' } });
    expect(preflight.headers.get('access-control-allow-methods')).not.toMatch(/DELETE/);
    expect((await t.store.stats()).articles).toBe(1);
    expect((await any('POST', '/api/v1/analyze', { json: { text: 'Egypt supports a ceasefire.' }, headers: evil })).status).toBe(200);
    const keyed = t.withOptions({ corsOrigins: ['*'], apiKey: 'k'.repeat(16) });
    const authorization = `Bearer ${'k'.repeat(16)}`;
    expect((await keyed('DELETE', `/api/v1/articles/${saved.json.id}`, { headers: { ...evil, authorization } })).status).toBe(204);
  });
});

describe('store failures', () => {
  const failing = (error: Error) =>
    ({ backend: 'sqlite', ping: () => Promise.resolve(), stats: () => Promise.reject(error), positions: () => Promise.reject(error) }) as unknown as Store;

  it('maps an unavailable store to 503 and hides everything of an unexpected error', async () => {
    const unavailable = Object.assign(new Error('[accord/store] cannot open postgres://db'), { name: 'StoreError', code: 'open_failed' });
    const logged = vi.fn();
    const down = await createApp({ store: failing(unavailable), onServerError: logged }).request('/api/v1/health');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { type: string }).type).toBe('https://accord.dev/problems/store-unavailable');
    expect(logged).toHaveBeenCalledOnce();

    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const res = await createApp({ store: failing(bug), onServerError: logged }).request('/api/v1/stances');
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(body)).toMatchObject({ type: 'https://accord.dev/problems/internal', detail: 'an unexpected error occurred; the server logged it' });
    expect(body).not.toMatch(/Cannot read|at .*\.ts/);
    expect(logged).toHaveBeenLastCalledWith(bug, expect.anything());
  });
});
