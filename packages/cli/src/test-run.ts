import { runCli } from './main.js';

/** What one run of the command line printed, and its exit code. */
export interface Run {
  code: number;
  out: string[];
  err: string[];
}

/**
 * Runs `accord` with `argv` in this process, capturing its lines, for tests.
 *
 * @example
 * const { code, out } = await run('agreement', '--issue', 'syria', '--database', db, '--json');
 */
export async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}
