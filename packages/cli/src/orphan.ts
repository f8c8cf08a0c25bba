import { readFileSync } from 'node:fs';

// Read when the program loads, before a slow start (opening the store) gives a launcher time to die unseen.
const STARTED_UNDER = process.ppid;
// The tsx command line runs the program in a child with this preload; its parent must then be tsx.
const UNDER_TSX_CLI = process.execArgv.some((a) => /tsx[\\/]dist[\\/]preflight/.test(a));

// The programs that start `accord` for a user and then only wait: a package manager, tsx, the `sh -c` between them.
const LAUNCHER = /\b(pnpm|npm|npx|yarn|tsx)\b/;

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * The launchers above this process, nearest first: the parent always, then each ancestor whose command
 * is a launcher (pnpm, npm, tsx, or a shell running one), up to the first that is not (the user's shell).
 *
 * @example
 * launcherChain(); // [4120 (tsx), 4101 (sh -c tsx ...), 4100 (pnpm accord ...)]
 */
export function launcherChain(): number[] {
  const chain = [STARTED_UNDER];
  for (let pid = parentOf(STARTED_UNDER); pid && pid > 1 && LAUNCHER.test(commandOf(pid)); pid = parentOf(pid)) chain.push(pid);
  return chain;
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
 * Calls `onOrphaned` once when a launcher this process was started through dies (kill -9 of `pnpm`
 * or `tsx` leaves the real process running, writing, with nobody to stop it). Returns a function
 * that stops watching; the check never keeps the process alive.
 *
 * @example
 * const unwatch = watchLaunchers(() => controller.abort());
 */
export function watchLaunchers(onOrphaned: () => void, everyMs = 500): () => void {
  const chain = launcherChain();
  const check = () => {
    const tsxGone = UNDER_TSX_CLI && !LAUNCHER.test(commandOf(process.ppid));
    if (process.ppid === STARTED_UNDER && chain.every(alive) && !tsxGone) return;
    clearInterval(timer);
    process.off('disconnect', orphaned);
    onOrphaned();
  };
  const orphaned = () => check();
  const timer = setInterval(check, everyMs);
  timer.unref();
  // With an IPC channel to the launcher (tsx opens one), its death closes the channel at once.
  process.once('disconnect', orphaned);
  return () => {
    clearInterval(timer);
    process.off('disconnect', orphaned);
  };
}
