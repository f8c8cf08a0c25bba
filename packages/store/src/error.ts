export type StoreErrorCode =
  | 'invalid_url'
  | 'open_failed'
  | 'migration_failed'
  | 'invalid_input'
  | 'invalid_cursor'
  | 'not_found'
  | 'write_failed'
  | 'unavailable';

/**
 * The one error of `@accord/store`, with a stable `code` and the driver's error as `cause`.
 *
 * @example
 * try {
 *   await openStore({ url: 'mysql://db' });
 * } catch (error) {
 *   if (error instanceof StoreError && error.code === 'invalid_url') console.error(error.message);
 * }
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[accord/store] ${message}`, options);
  }
}
