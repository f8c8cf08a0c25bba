/**
 * `pnpm dev`: hot reload for both halves. The API restarts on change (tsx watch, PORT or 3000) and
 * the dashboard runs under Vite with HMR on :5173, proxying /api to it. It uses the same database
 * as `pnpm start` (DATABASE_URL, default data/accord.db), which that command fills on first run.
 * Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', 'packages/api/src/main.ts'], { cwd: repoRoot, stdio: 'inherit' }),
  // Vite proxies /api to the API wherever PORT put it.
  spawn('pnpm', ['--filter', '@accord/dashboard', 'dev'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ACCORD_API: process.env.ACCORD_API ?? `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    if (code) process.exitCode = code;
    stop();
  });
