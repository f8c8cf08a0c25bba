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

/**
 * An error's message without its package prefix (`[accord/store] `): the command line already
 * starts each line with `accord: `.
 *
 * @example
 * plainMessage(new StanceError('unknown_country', 'unknown country code "XX"')); // 'unknown country code "XX"'
 */
export function plainMessage(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^\[accord\/\w+\] /, '') : String(error);
}
