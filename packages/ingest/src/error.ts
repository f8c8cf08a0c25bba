export type IngestErrorCode =
  | 'unreadable'
  | 'not_text'
  | 'bad_record'
  | 'bad_pattern'
  | 'unknown_country'
  | 'unknown_target'
  | 'unknown_issue'
  | 'invalid_article'
  | 'no_workers'
  | 'busy';

/**
 * The one error of `@accord/ingest`, with a stable `code`: a source that cannot be read, an
 * article or a country code that cannot be stored as given, or worker threads that cannot start.
 *
 * @example
 * try {
 *   countryCode('XX');
 * } catch (error) {
 *   if (error instanceof IngestError && error.code === 'unknown_country') console.error(plainMessage(error));
 * }
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/ingest] ${message}`, options);
  }
}

/**
 * An error's message without its package prefix (`[accord/store] `), for a line that names its
 * own source (`accord: file.jsonl:3: ...`).
 *
 * @example
 * plainMessage(new IngestError('unknown_country', 'unknown country code "XX"')); // 'unknown country code "XX"'
 */
export function plainMessage(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^\[accord\/\w+\] /, '') : String(error);
}

/**
 * `plainMessage`, with the cause's message on the same line: "see the cause" is no help in a log.
 *
 * @example
 * messageWithCause(storeError); // 'cannot open postgres://...: check that ... is right: connect ECONNREFUSED 127.0.0.1:1'
 */
export function messageWithCause(error: unknown): string {
  const message = plainMessage(error)
    .replace(/;? ?see the cause\.?$/, '')
    .replace(/ \(see the cause\)$/, '');
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  // Store errors now say their cause themselves; once is enough.
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message;
}
