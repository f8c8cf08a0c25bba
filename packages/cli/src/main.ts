import { cac } from 'cac';
import { IngestError, messageWithCause, plainMessage } from '@accord/ingest';
import { StanceError } from '@accord/stance';
import { registerCommands } from './commands.js';
import { CliError, isAccordError } from './error.js';
import { defaultIo, type Io } from './io.js';

export type { Io } from './io.js';

/**
 * Runs the `accord` command line and resolves to its exit code: 0 on success, 1 when some input
 * failed (the others still ran), 2 on a usage error.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  const cli = cac('accord');
  let result: Promise<number> | number = 0;
  registerCommands(cli, io, (exit) => (result = exit));
  cli.help();
  cli.version('0.1.0');
  try {
    cli.parse(['node', 'accord', ...argv], { run: false });
    if (!cli.matchedCommand) {
      if (cli.options.help || cli.options.version) return 0;
      io.err(
        argv.length === 0
          ? 'accord: give a command: analyze FILE... | eval DIR... | ingest PATH... | agreement --issue ISSUE | relations | export | reanalyze (see accord --help)'
          : `accord: unknown command "${argv[0]}" (see accord --help)`,
      );
      return 2;
    }
    await cli.runMatchedCommand();
    return await result;
  } catch (error) {
    return reportError(error, io);
  }
}

/** One line on stderr for any error, and the exit code it means. */
function reportError(error: unknown, io: Io): number {
  if (error instanceof CliError || error instanceof StanceError || error instanceof IngestError) {
    io.err(`accord: ${plainMessage(error)}`);
    return error instanceof CliError && error.code === 'usage' ? 2 : 1;
  }
  // Another package's own error (a database that cannot be opened) says what to do; it is no internal error.
  if (isAccordError(error)) {
    io.err(`accord: ${messageWithCause(error)}`);
    return 1;
  }
  if (error instanceof Error && error.name === 'CACError') {
    io.err(`accord: ${error.message}`);
    return 2;
  }
  io.err(`accord: internal error: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
