import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProxiedTestStore } from '@accord/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-cli-outage-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The CLI used to die of an unhandled 'error' event with a raw stack when PostgreSQL went away.
describe.skipIf(process.env.ACCORD_SKIP_POSTGRES === '1')('accord ingest while PostgreSQL drops out', () => {
  it('stops with one clear line and exit 1, no stack trace', async () => {
    const dir = join(tmp, 'articles');
    mkdirSync(dir);
    const body = "Egypt's foreign minister said Egypt supports a political solution in Syria and rejects any foreign interference. ".repeat(200);
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `a${i}.txt`), `${body} Number ${i}.`);
    const { store, url, proxy, cleanup } = await createProxiedTestStore();
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'packages/cli/src/bin.ts'), 'ingest', dir, '--database', url, '--workers', '0'],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d));
      // Cut the database once the first articles are in, so the drop lands mid-batch.
      const code = await new Promise<number | null>((resolve) => {
        const timer = setInterval(async () => {
          if ((await store.stats()).articles < 2) return;
          clearInterval(timer);
          await proxy.drop();
        }, 50);
        child.on('exit', (c) => {
          clearInterval(timer);
          resolve(c);
        });
      });
      expect(code, err).toBe(1);
      const lines = err.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^accord: .*database at postgres:\/\/.* cannot be reached \(.+\): check that it is running and reachable, then try again$/);
      expect(err).not.toMatch(/^\s+at /m);
      expect(err).not.toMatch(/Unhandled|node:events/);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
