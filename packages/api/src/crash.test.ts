import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The fault suite's crash: the server killed with SIGKILL under a load of writes. Every write it
// acknowledged (201 with an id) must be there when a new server opens the same database.
const main = resolve(import.meta.dirname, 'main.ts');
const text = (i: number) => `Egypt's foreign minister said on visit ${i} that Egypt supports a political solution in Syria and a ceasefire in Libya.`;

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, ACCORD_WORKERS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Accord API on (http:\/\/[^\s/]+)/.exec(out);
      if (m) done({ child, url: m[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`server exited ${code} before listening: ${out}`)));
  });
}

const stopped = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode ? done() : child.once('exit', () => done())));

describe('the API server killed with SIGKILL under writes', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accord-crash-'));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write', async () => {
    const url = `file:${join(dir, 'accord.db')}`;
    const first = await startServer(url);
    server = first.child;
    const acknowledged: string[] = [];
    let next = 0;
    // Six writers, each sending one article after another until the server is gone.
    const writer = async () => {
      for (;;) {
        const i = next++;
        try {
          const res = await fetch(`${first.url}/api/v1/articles`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: text(i) }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          else await res.body?.cancel();
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = Array.from({ length: 6 }, writer);
    while (acknowledged.length < 25) await new Promise((done) => setTimeout(done, 10));
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    await stopped(first.child);

    const second = await startServer(url);
    server = second.child;
    expect((await fetch(`${second.url}/api/v1/health`)).status).toBe(200);
    const missing: string[] = [];
    for (const id of acknowledged) if ((await fetch(`${second.url}/api/v1/articles/${id}`)).status !== 200) missing.push(id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);
    expect(missing).toEqual([]);
    second.child.kill('SIGTERM');
    await stopped(second.child);
  });
});
