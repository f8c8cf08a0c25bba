import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createTestStore, type TestStore } from '@accord/store/testing';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.js';
import { startServer, type RunningServer } from './server.js';
import { repoRoot } from './test-app.js';

const config = loadConfig({ PORT: '0', ACCORD_API_KEY: 'k'.repeat(16) });

describe('startServer', () => {
  let env: TestStore;
  let running: RunningServer | undefined;
  const lines: string[] = [];
  beforeEach(async () => {
    env = await createTestStore({ backend: 'sqlite' });
    lines.length = 0;
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await env.cleanup();
  });

  it('serves the API, prints its URL, and hands other paths to a Fetch fallback', async () => {
    running = await startServer({
      config,
      store: env.store,
      handleSignals: false,
      log: (l) => lines.push(l),
      fallback: (req: Request) => new Response(`dashboard ${new URL(req.url).pathname}`),
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[0]).toBe(`Accord API on ${running.url}/api/v1 (reference: ${running.url}/api/docs, sqlite store)`);
    const health = await fetch(`${running.url}/api/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', backend: 'sqlite' });
    expect(await (await fetch(`${running.url}/country/EG`)).text()).toBe('dashboard /country/EG');
    expect((await fetch(`${running.url}/api/nothing`)).headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('hands the raw Node request to a (req, res, next) fallback, and next() to the API', async () => {
    const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (req.url === '/pass') return next();
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`node ${req.method} ${req.url}`);
    };
    running = await startServer({ config, store: env.store, handleSignals: false, log: () => {}, fallback: handler });
    expect(await (await fetch(`${running.url}/`)).text()).toBe('node GET /');
    const passed = await fetch(`${running.url}/pass`);
    expect(passed.status).toBe(404);
    expect(passed.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('sends the security headers on what the fallback serves, but no CSP on a 304 that would replace a page’s own', async () => {
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      if (req.headers['if-none-match']) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/javascript' }).end('export {}');
    };
    running = await startServer({ config, store: env.store, handleSignals: false, log: () => {}, fallback: handler });
    const asset = await fetch(`${running.url}/_app/start.js`);
    expect(asset.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('referrer-policy')).toBe('no-referrer');
    const revalidated = await fetch(`${running.url}/analyze`, { headers: { 'if-none-match': '"x"' } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('content-security-policy')).toBeNull();
  });

  it('warns loudly at start when any origin may call an API with no key', async () => {
    const open = loadConfig({ PORT: '0', ACCORD_CORS_ORIGINS: '*' });
    running = await startServer({ config: open, store: env.store, handleSignals: false, log: (l) => lines.push(l), logger: pino({ level: 'silent' }) });
    expect(lines.join('\n')).toMatch(/WARNING: ACCORD_CORS_ORIGINS=\* with no ACCORD_API_KEY: ANY WEB PAGE .* cross-site writes .* are REFUSED/);
  });

  it('rejects when the port is taken, leaving the caller’s store open', async () => {
    running = await startServer({ config, store: env.store, handleSignals: false, log: () => {} });
    const port = new URL(running.url).port;
    await expect(startServer({ config: { ...config, port: Number(port) }, store: env.store, handleSignals: false, log: () => {} })).rejects.toThrow(
      /EADDRINUSE/,
    );
    expect((await fetch(`${running.url}/api/v1/health`)).status).toBe(200);
  });

  it('on close, lets an in-flight request finish, refuses new ones, then closes the store', async () => {
    const closeStore = vi.spyOn(env.store, 'close');
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const slow = (_req: Request) => {
      started();
      return new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('finished')), 300));
    };
    running = await startServer({ config, store: env.store, handleSignals: false, log: () => {}, fallback: slow });
    const { url } = running;
    const response = fetch(`${url}/slow`).then((r) => r.text());
    await inFlight;
    const closed = running.close();
    expect(closeStore).not.toHaveBeenCalled();
    expect(await response).toBe('finished');
    await closed;
    expect(closeStore).toHaveBeenCalledOnce();
    await expect(fetch(`${url}/api/v1/health`)).rejects.toThrow();
  });
});

describe('the server process', () => {
  it('finishes a slow request after SIGTERM, then closes the store and exits', async () => {
    const script = fileURLToPath(new URL('./fixtures/slow-server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, env: { ...process.env, SLOW_MS: '800' } });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        output += d;
        const match = /Accord API on (http:\/\/\S+)\/api\/v1/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', () => reject(new Error(`server exited early: ${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const response = fetch(`${url}/dashboard`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    expect(await response).toBe('slow /dashboard');
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM: finishing 1 request\(s\), then closing[\s\S]*store closed/);
  }, 30_000);
});
