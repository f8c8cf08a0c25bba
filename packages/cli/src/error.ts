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

/** Whether an error is one of Accord's packages' own (`[accord/store] ...`), with a message meant for users. */
export function isAccordError(error: unknown): error is Error {
  return error instanceof Error && /^\[accord\/\w+\] /.test(error.message);
}

/**
 * `plainMessage`, with the cause's message on the same line: "see the cause" is no help on a terminal.
 *
 * @example
 * messageWithCause(storeError); // 'cannot open postgres://...: check that ... is right: connect ECONNREFUSED 127.0.0.1:1'
 */
export function messageWithCause(error: unknown): string {
  const message = plainMessage(error).replace(/;? ?see the cause\.?$/, '').replace(/ \(see the cause\)$/, '');
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${message}: ${cause}` : message;
}
