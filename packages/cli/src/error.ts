import { plainMessage } from '@accord/ingest';

export type CliErrorCode = 'usage' | 'no_gold' | 'no_corpus';

/**
 * An error the command line reports as one line on stderr, never as a stack trace; `usage` exits 2.
 *
 * @example
 * throw new CliError('usage', 'ingest needs at least one FILE, folder or .tar.gz archive');
 */
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
 * Whether an error is one of Accord's packages' own (`[accord/store] ...`), with a message meant for users.
 *
 * @example
 * isAccordError(new IngestError('not_text', 'x.bin: not a text file')); // true
 */
export function isAccordError(error: unknown): error is Error {
  return error instanceof Error && /^\[accord\/\w+\] /.test(error.message);
}

/**
 * A flag's value read by `read`, where any package's own error (an unknown country code, a bad
 * name pattern, a swapped date range) is a usage error (exit 2), its message prefixed by `flag`
 * unless it names the flag itself (`flag` undefined).
 *
 * @example
 * const country = flagValue('--speaker-country', () => countryCode(String(flags.speakerCountry)));
 */
export function flagValue<T>(flag: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (!isAccordError(cause)) throw cause;
    throw new CliError('usage', flag ? `${flag}: ${plainMessage(cause)}` : plainMessage(cause), { cause });
  }
}
