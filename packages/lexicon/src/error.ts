export type LexiconErrorCode = 'invalid_data' | 'phrase_too_broad';

/** The one error of `@accord/lexicon`, with a stable `code`. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    readonly code: LexiconErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/lexicon] ${message}`, options);
  }
}
