/**
 * `pnpm dev`: hot reload for both halves. The API restarts on change (tsx watch, PORT or 3000) and
 * the dashboard runs under Vite with HMR, proxying /api to it. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', 'packages/api/src/main.ts'], { cwd: repoRoot, stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@accord/dashboard', 'dev'], { cwd: repoRoot, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => {
  if (code) process.exitCode = code;
  stop();
});
