export type CliErrorCode = 'usage' | 'unreadable' | 'not_text' | 'bad_record' | 'no_gold' | 'no_corpus' | 'no_workers';

/** An error the command line reports as one line on stderr, never as a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
