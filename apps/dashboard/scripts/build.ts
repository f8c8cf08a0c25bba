/**
 * `pnpm --filter @accord/dashboard build`: `vite build` into a new folder under builds/, then an
 * atomic switch of the `build` link to it and pruning of old builds (see builds.ts). A failed
 * build switches nothing: the current build stays served.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newBuildDir, pruneBuilds, switchBuild } from './builds.js';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = newBuildDir();
const run = spawnSync('vite', ['build', ...process.argv.slice(2)], {
  cwd: app,
  stdio: 'inherit',
  env: { ...process.env, ACCORD_BUILD_OUT: out },
  shell: false,
});
if (run.status !== 0) {
  rmSync(out, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}
switchBuild(out);
pruneBuilds();
console.log(`[dashboard] build ${out} is now current`);
