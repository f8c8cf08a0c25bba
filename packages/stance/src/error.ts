export type StanceErrorCode = 'invalid_input' | 'unknown_country' | 'invalid_gold';

/** The one error of `@accord/stance`, with a stable `code`. */
export class StanceError extends Error {
  override readonly name = 'StanceError';
  constructor(
    readonly code: StanceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/stance] ${message}`, options);
  }
}
