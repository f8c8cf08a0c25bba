/**
 * Versioned dashboard builds. Each `pnpm --filter @accord/dashboard build` writes a new folder
 * `builds/<id>`, then points the `build` symlink at it with one rename, so a server that is
 * running keeps serving the build it loaded (Node resolved `build/handler.js` to its real folder,
 * whose chunks nothing deletes) and the next start loads the new one. A rebuild under a running
 * server used to delete the chunks it served (ENOENT start.<hash>.js.br on the next page).
 *
 * A server marks the build it serves with `in-use.<pid>`; pruning keeps the current build, the
 * two before it, and any build whose server is still alive.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where builds go, each in its own folder. */
export const BUILDS = join(app, 'builds');
/** The link to the current build: what `pnpm start`, serve.ts and `@accord/dashboard/handler` load. */
export const CURRENT = join(app, 'build');
const KEEP = 3;

/**
 * A new, unused build folder name: time first, so names sort by age.
 * @example newBuildDir(); // '/…/apps/dashboard/builds/20261207T220501-4821'
 */
export function newBuildDir(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');
  return join(BUILDS, `${stamp}-${process.pid}`);
}

/**
 * Makes `dir` the current build with one atomic rename of a fresh symlink over `build`. A `build`
 * that is still a plain folder (from before versioned builds) is moved into `builds/` first.
 * @example switchBuild(dir);
 */
export function switchBuild(dir: string): void {
  mkdirSync(BUILDS, { recursive: true });
  if (existsSync(CURRENT) && !lstatSync(CURRENT).isSymbolicLink()) renameSync(CURRENT, join(BUILDS, `00000000T000000-legacy-${process.pid}`));
  const link = `${CURRENT}.${process.pid}.tmp`;
  rmSync(link, { force: true });
  // Relative, so the repository can move.
  symlinkSync(join('builds', basename(dir)), link);
  renameSync(link, CURRENT);
}

/**
 * Marks the build a server is serving (the real folder behind `build`), so that pruning spares it while the process lives.
 * @example markInUse(); // at server start
 */
export function markInUse(): void {
  if (!existsSync(CURRENT)) return;
  const dir = realpathSync(CURRENT);
  if (dirname(dir) !== BUILDS) return;
  const mark = join(dir, `in-use.${process.pid}`);
  writeFileSync(mark, '');
  process.once('exit', () => rmSync(mark, { force: true }));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Deletes old builds: all but the current one and the `KEEP - 1` before it, unless a live server
 * still serves one. Returns the folders deleted.
 * @example pruneBuilds(); // ['/…/builds/20261201T101010-99']
 */
export function pruneBuilds(): string[] {
  if (!existsSync(BUILDS)) return [];
  const current = existsSync(CURRENT) ? basename(readlinkSync(CURRENT)) : '';
  const names = readdirSync(BUILDS).sort().reverse();
  const recent = new Set(names.slice(0, KEEP));
  const deleted: string[] = [];
  for (const name of names) {
    const dir = join(BUILDS, name);
    if (name === current || recent.has(name)) continue;
    const users = readdirSync(dir).filter((f) => f.startsWith('in-use.') && alive(Number(f.slice(7))));
    if (users.length > 0) continue;
    rmSync(dir, { recursive: true, force: true });
    deleted.push(dir);
  }
  return deleted;
}
