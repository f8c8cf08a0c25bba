import { StoreError } from './error.js';

// Bounded: three tries over about half a second, so a read during a database restart waits a
// little and then answers 'unavailable', instead of holding the request for as long as it lasts.
const BACKOFF_MS = [100, 400];

// Node socket errors, pg's own messages for a lost or refused connection, and the SQLSTATEs of a
// server going away (class 08 connection exception, 57P01-03 shutdown, 53300 too many connections).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const SERVER_GONE = /^(08|57P0[123]$|53300$)/;
const PG_MESSAGES = /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed/i;

/**
 * Whether an error says the database could not be reached, rather than that a query was wrong:
 * the errors a retry later may cure.
 *
 * @example
 * isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })); // true
 */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_GONE.test(code))) return true;
    if (PG_MESSAGES.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some(isConnectionError)) return true;
  }
  return false;
}

/** The 'unavailable' StoreError for a connection error, naming the database and the cause. */
export function unavailable(where: string, cause: unknown): StoreError {
  const reason = cause instanceof Error ? cause.message || (cause as { code?: string }).code || cause.name : String(cause);
  return new StoreError('unavailable', `the database at ${where} cannot be reached (${reason}): check that it is running and reachable, then try again`, {
    cause,
  });
}

/**
 * Runs a read, trying again with backoff while the database cannot be reached; then throws an
 * 'unavailable' StoreError. Any other error passes through at once.
 *
 * @example
 * const row = await readWithRetry('postgres://db', () => db.selectFrom('articles').selectAll().execute());
 */
export async function readWithRetry<T>(where: string, run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      const wait = BACKOFF_MS[attempt];
      if (wait === undefined) throw unavailable(where, error);
      await new Promise((done) => setTimeout(done, wait));
    }
  }
}

/**
 * Runs a write (or a probe) once; losing the database becomes an 'unavailable' StoreError. Writes are not
 * retried here: the caller knows whether trying again is safe.
 *
 * @example
 * await tryOnce('postgres://db', () => deleteArticle(db, id));
 */
export async function tryOnce<T>(where: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError && error.code !== 'write_failed') throw error;
    if (isConnectionError(error)) throw unavailable(where, error instanceof StoreError ? (error.cause ?? error) : error);
    throw error;
  }
}
