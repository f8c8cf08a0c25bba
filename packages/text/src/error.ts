export type TextErrorCode = 'not_text' | 'unknown_encoding';

/** The one error of `@accord/text`: a stable `code`, a message that says what to do, and a `cause`. */
export class TextError extends Error {
  override readonly name = 'TextError';
  constructor(
    readonly code: TextErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/text] ${message}`, options);
  }
}
