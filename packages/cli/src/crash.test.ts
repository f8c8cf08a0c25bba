import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@accord/store';
import { describe, expect, it } from 'vitest';

// The fault suite's other crash: `accord ingest` killed with SIGKILL mid-batch. What it committed
// stays committed, and a rerun stores exactly the rest: every file once, none twice.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const FILES = 120;
const text = (i: number) =>
  `Egypt's foreign minister said on visit ${i} that Egypt supports a political solution in Syria. Russia's foreign minister said Russia agrees.`;

async function count(url: string): Promise<number> {
  const store = await openStore({ url });
  try {
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}

describe('accord ingest killed with SIGKILL mid-batch', () => {
  it('keeps what it committed, and a rerun stores exactly the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-ingest-crash-'));
    try {
      const texts = join(dir, 'texts');
      mkdirSync(texts);
      for (let i = 0; i < FILES; i++) writeFileSync(join(texts, `${i}.txt`), text(i));
      const url = `file:${join(dir, 'a.db')}`;
      const args = ['--import', 'tsx', 'packages/cli/src/bin.ts', 'ingest', texts, '--database', url, '--workers', '0'];
      const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      // Kill it once some articles are committed, long before the batch is done.
      let before = 0;
      for (let i = 0; i < 600 && before < 10; i++) {
        await new Promise((r) => setTimeout(r, 50));
        before = await count(url).catch(() => 0);
      }
      child.kill('SIGKILL');
      await exited;
      const committed = await count(url);
      expect(committed, err).toBeGreaterThanOrEqual(before);
      expect(committed).toBeLessThan(FILES);

      const rerun = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(rerun.stderr + rerun.stdout).toMatch(new RegExp(`ingested ${FILES - committed}, duplicates ${committed}, failed 0`));
      expect(await count(url)).toBe(FILES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
