/**
 * A rebuild of the dashboard under a running server: the server keeps serving the build it
 * loaded, old chunks included, through and after the rebuild (it used to die on the next page
 * with ENOENT start.<hash>.js.br), and the `build` link then names the new build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveChild } from './serve-child.js';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(join(app, 'build/handler.js'));
if (!built) console.warn('[dashboard] rebuild test skipped: no dashboard build (run `pnpm --filter @accord/dashboard build`)');

const chunkOf = (html: string) => /import\("(\/_app\/immutable\/entry\/start\.[^"]+\.js)"\)/.exec(html)?.[1];

describe.skipIf(!built)('a rebuild under a running server', () => {
  it('never breaks it: pages and the old chunks load during and after the rebuild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-rebuild-'));
    const { child, url } = await serveChild(`file:${join(dir, 'accord.db')}`);
    const failures: string[] = [];
    try {
      const page = await (await fetch(`${url}/`)).text();
      const chunk = chunkOf(page);
      expect(chunk).toBeDefined();
      const before = readlinkSync(join(app, 'build'));
      const rebuild = spawn('pnpm', ['--filter', '@accord/dashboard', 'build'], { cwd: resolve(app, '../..'), stdio: 'ignore' });
      const rebuilt = new Promise<number | null>((done) => rebuild.once('exit', done));
      let building = true;
      void rebuilt.then(() => (building = false));
      // Polled through the whole rebuild: the moment the old build's files vanish is the one that used to kill the server.
      while (building) {
        for (const path of ['/', '/country/EG', chunk!]) {
          const res = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }).catch((error: Error) => ({ status: error.message }));
          if (res.status !== 200) failures.push(`${path}: ${res.status}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await rebuilt).toBe(0);
      expect(readlinkSync(join(app, 'build'))).not.toBe(before);
      for (const path of ['/', chunk!]) expect((await fetch(`${url}${path}`)).status, path).toBe(200);
      expect(failures).toEqual([]);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
