import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsxCli = resolve(createRequire(import.meta.url).resolve('tsx/package.json'), '../dist/cli.mjs');
const until = async (test: () => boolean, what: () => string) => {
  for (let i = 0; i < 1200 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!test()) throw new Error(`gave up waiting: ${what()}`);
};
const childrenOf = (pid: number) =>
  existsSync(`/proc/${pid}/task/${pid}/children`)
    ? readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    : [];
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

describe.runIf(process.platform === 'linux')('accord ingest started through tsx', () => {
  it('stops cleanly when its launcher is killed with -9, instead of writing on unseen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-orphan-'));
    try {
      const texts = join(dir, 'texts');
      mkdirSync(texts);
      // Long enough that the batch is far from done when its launcher dies.
      const all = readdirSync(join(repoRoot, 'fixtures/en'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(repoRoot, 'fixtures/en', f), 'utf8'))
        .join('\n\n');
      for (let i = 0; i < 400; i++) writeFileSync(join(texts, `${i}.txt`), `${all}\n\nCopy ${i}.`);
      const launcher = spawn(
        process.execPath,
        [tsxCli, 'packages/cli/src/bin.ts', 'ingest', texts, '--database', `file:${join(dir, 'a.db')}`, '--workers', '0'],
        {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      launcher.stdout.on('data', (d) => (output += d));
      launcher.stderr.on('data', (d) => (output += d));
      let real = 0;
      await until(
        () => (real = childrenOf(launcher.pid!)[0] ?? 0) > 0,
        () => 'the real process',
      );
      await until(
        () => existsSync(join(dir, 'a.db')),
        () => 'the first write',
      );
      process.kill(launcher.pid!, 'SIGKILL');
      await until(
        () => !alive(real),
        () => `the real process ${real} (${readFileSync(`/proc/${real}/cmdline`, 'utf8')}) to stop: ${output}`,
      );
      expect(output).toMatch(/the command that started this ingest is gone/);
      expect(output).toMatch(/Interrupted: ingested \d+/);
      expect(Number(/ingested (\d+)/.exec(output)![1])).toBeLessThan(400);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
