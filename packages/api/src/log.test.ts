import { request } from 'node:http';
import { Writable } from 'node:stream';
import { createTestStore, type TestStore } from '@accord/store/testing';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.js';
import { startServer, type RunningServer } from './server.js';

// An upload the client gives up on halfway: the server sees its connection close mid-body.
function abandonedUpload(url: string, path: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': '100000' } });
    req.on('error', () => resolve());
    req.write('Egypt supports a ceasefire. '.repeat(100), () => setTimeout(() => (req.destroy(), resolve()), 20));
  });
}

describe('the log under bad requests', () => {
  let env: TestStore;
  let running: RunningServer | undefined;
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
  );
  beforeEach(async () => {
    env = await createTestStore({ backend: 'sqlite' });
    lines.length = 0;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await running?.close();
    await env.cleanup();
  });

  it('answers prototype-named and unknown paths 404, and 100 bad requests log at most 100 short lines with no stack', async () => {
    const consoled: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((...a) => void consoled.push(a.map(String).join(' ')));
    running = await startServer({ config: loadConfig({ PORT: '0' }), store: env.store, handleSignals: false, log: () => {}, logger });
    const { url } = running;
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const res = await fetch(`${url}/api/docs/${name}`);
      expect(res.status, name).toBe(404);
      expect(await res.text()).not.toMatch(/\bat .+:\d+:\d+/);
    }
    const bad = [
      () => fetch(`${url}/api/docs/__proto__`),
      () => fetch(`${url}/api/v1/constructor`),
      () => fetch(`${url}/api/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }),
      () => fetch(`${url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2' }),
      () => abandonedUpload(url, '/api/v1/analyze'),
      () => abandonedUpload(url, '/api/v1/articles'),
      () => fetch(`${url}/api/v1/stances?from=2017-13-45`),
      () => fetch(`${url}/api/v1/articles/${'x'.repeat(300)}`),
      () => fetch(`${url}/api/v1/articles/x`, { method: 'PATCH' }),
      () => fetch(`${url}/api/v1/agreement?issue=__proto__`),
    ];
    for (let i = 0; i < 100; i++) await bad[i % bad.length]!();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = [...lines, ...consoled];
    expect(all.length, all.join('\n')).toBeLessThanOrEqual(100);
    for (const line of all) {
      expect(line.length).toBeLessThan(500);
      expect(line).not.toMatch(/"stack"|\n\s+at |\bat .+:\d+:\d+/);
      expect(line).not.toMatch(/"level":50/);
    }
  });
});
