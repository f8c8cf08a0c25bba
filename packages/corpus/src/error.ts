export type CorpusErrorCode = 'invalid_date' | 'invalid_bucket' | 'invalid_input' | 'invalid_filter';

/** The one error of `@accord/corpus`, with a stable `code`; `field` names the filter an `invalid_filter` is about. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  readonly field: string | undefined;
  constructor(
    readonly code: CorpusErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string },
  ) {
    super(`[accord/corpus] ${message}`, options);
    this.field = options?.field;
  }
}
