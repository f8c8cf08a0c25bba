export type CorpusErrorCode = 'invalid_date' | 'invalid_bucket' | 'invalid_input';

/** The one error of `@accord/corpus`, with a stable `code`. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(
    readonly code: CorpusErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/corpus] ${message}`, options);
  }
}
