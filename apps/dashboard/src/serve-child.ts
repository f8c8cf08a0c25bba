import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs scripts/serve.ts (the API with the built dashboard mounted) as a child process, for tests,
 * and resolves with its URL once it is ready.
 *
 * @example
 * const { child, url } = await serveChild('file:/tmp/x.db', ['--fill']);
 */
export function serveChild(databaseUrl: string, args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(app, 'scripts/serve.ts'), ...args], {
    cwd: resolve(app, '../..'),
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /\[dashboard\] ready on (http:\/\/\S+?)\/?\s/.exec(output);
      if (ready) resolvePromise({ child, url: ready[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`[dashboard] the server exited (${code}) before it was ready:\n${output}`)));
  });
}
