import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createTestStore, testBackends } from '@accord/store/testing';
import type { Store } from '@accord/store';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ZodType } from 'zod';
import { createApp, type AppOptions } from './app.js';
import type { AppEnv } from './env.js';
import { problemSchema } from './schemas.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** The project's shared inputs, beside the checkout; tests that read them skip without it. */
export const shared = resolve(repoRoot, '../shared');
export const hasShared = existsSync(resolve(shared, 'badinput')) && existsSync(resolve(shared, 'seed'));
export const seedPath = resolve(shared, 'seed/egypt-russia-moscow.ar.txt');

export { testBackends };

export interface Called {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON or problem+json. */
  json: any;
}

export interface TestApp {
  app: OpenAPIHono<AppEnv>;
  store: Store;
  /** Sends a request through `app.request` and checks the response against the route's documented schema. */
  call(method: string, url: string, init?: { json?: unknown; body?: string | Uint8Array; headers?: Record<string, string> }): Promise<Called>;
  /** A second app over the same store with other options. */
  withOptions(options: Omit<AppOptions, 'store'>): TestApp['call'];
  cleanup(): Promise<void>;
}

type RouteDefinition = { method: string; path: string; responses: Record<string, { content?: Record<string, { schema: ZodType }> }> };

function documentedRoutes(app: OpenAPIHono<AppEnv>): Array<RouteDefinition & { pattern: RegExp }> {
  return app.openAPIRegistry.definitions
    .filter((d): d is Extract<typeof d, { type: 'route' }> => d.type === 'route')
    .map((d) => d.route as unknown as RouteDefinition)
    .map((r) => ({ ...r, pattern: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
}

function checkAgainstDocument(routes: ReturnType<typeof documentedRoutes>, method: string, url: string, called: Called): void {
  const path = new URL(url, 'http://x').pathname;
  const type = (called.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const route = routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(path));
  if (!route) {
    if (path.startsWith('/api/v1') && called.status >= 400) expect(problemSchema.safeParse(called.json).success, called.text).toBe(true);
    return;
  }
  const documented = route.responses[String(called.status)];
  expect(documented, `${method} ${route.path} answered ${called.status}, which its OpenAPI responses do not list: ${called.text.slice(0, 300)}`).toBeDefined();
  if (!documented!.content) return;
  const schema = documented!.content[type]?.schema;
  expect(schema, `${method} ${route.path} ${called.status} answered ${type}, not a documented media type`).toBeDefined();
  const parsed = schema!.safeParse(type === 'text/csv' ? called.text : called.json);
  expect(parsed.success, `${method} ${route.path} ${called.status} does not match its schema: ${parsed.error?.message}`).toBe(true);
}

function caller(app: OpenAPIHono<AppEnv>): TestApp['call'] {
  const routes = documentedRoutes(app);
  return async (method, url, init = {}) => {
    const headers = { ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers };
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const res = await app.request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    const isJson = /json/.test(res.headers.get('content-type') ?? '');
    const called = { status: res.status, headers: res.headers, text, json: isJson && text ? JSON.parse(text) : undefined };
    checkAgainstDocument(routes, method, url, called);
    return called;
  };
}

/**
 * An app over a fresh, empty store of `backend`, with a `call` that checks every response against
 * the OpenAPI document's schema for that route and status.
 *
 * @example
 * const t = await testApp('sqlite');
 * expect((await t.call('GET', '/api/v1/health')).status).toBe(200);
 */
export async function testApp(backend: 'sqlite' | 'postgres', options: Omit<AppOptions, 'store'> = {}): Promise<TestApp> {
  const { store, cleanup } = await createTestStore({ backend });
  const app = createApp({ store, ...options });
  return { app, store, call: caller(app), withOptions: (more) => caller(createApp({ store, ...more })), cleanup };
}

/**
 * A `testApp` for the enclosing suite: made before its tests, cleaned up after them.
 *
 * @example
 * describe.each(testBackends())('on %s', (backend) => {
 *   const t = useTestApp(backend);
 *   it('answers', async () => expect((await t.call('GET', '/api/v1/health')).status).toBe(200));
 * });
 */
export function useTestApp(backend: 'sqlite' | 'postgres'): TestApp {
  let inner: TestApp | undefined;
  beforeAll(async () => {
    inner = await testApp(backend);
  });
  afterAll(() => inner?.cleanup());
  const get = () => {
    if (!inner) throw new Error('useTestApp: the app exists only inside tests and hooks');
    return inner;
  };
  return {
    get app() {
      return get().app;
    },
    get store() {
      return get().store;
    },
    call: (...args) => get().call(...args),
    withOptions: (options) => get().withOptions(options),
    cleanup: () => get().cleanup(),
  };
}

/**
 * Asserts a problem+json response of `status` whose type ends in `code`.
 *
 * @example
 * expectProblem(await t.call('GET', '/api/v1/nope'), 404, 'not-found');
 */
export function expectProblem(called: Called, status: number, code: string): void {
  expect(called.status, called.text).toBe(status);
  expect(called.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(called.json.type).toBe(`https://accord.dev/problems/${code}`);
  expect(called.json.instance).toMatch(/^\//);
  expect(called.text).not.toMatch(/\n\s+at /);
}
