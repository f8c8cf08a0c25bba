import type { Context } from 'hono';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The server's structured log: one JSON line per event on stdout (or `destination`), at
 * ACCORD_LOG_LEVEL (default info).
 *
 * @example
 * const logger = createLogger();
 * logger.info({ url }, 'listening');
 */
export function createLogger(destination?: DestinationStream, level = process.env.ACCORD_LOG_LEVEL || 'info'): Logger {
  return pino({ base: { name: 'accord/api' }, level }, destination);
}

/** Whether an error is the client going away (a closed connection, an abandoned upload), not a fault. */
export function isClientAbort(error: unknown, c?: Context): boolean {
  if (c?.req.raw.signal.aborted) return true;
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | null;
  return e?.code === 'ERR_STREAM_PREMATURE_CLOSE' || e?.code === 'ECONNRESET' || e?.name === 'AbortError' || /^aborted$/i.test(String(e?.message ?? ''));
}

/**
 * Logs each failed request once, as one line: the stack of an error only the first time its
 * message is seen, so a client repeating a failing request cannot flood the log; a client that
 * went away is an info line, not an error.
 *
 * @example
 * app.onError((error, c) => { serverErrorLogger(logger)(error, c); ... });
 */
export function serverErrorLogger(logger: Logger): (error: unknown, c: Context) => void {
  const seen = new Set<string>();
  return (error, c) => {
    const request = { method: c.req.method, path: c.req.path.slice(0, 200) };
    if (isClientAbort(error, c)) return logger.info({ request }, 'client closed the request');
    const e = error instanceof Error ? error : new Error(String(error));
    const key = `${e.name}:${e.message}`;
    const first = !seen.has(key);
    if (first && seen.size < 1000) seen.add(key);
    // Not `err`: pino's own serializer would write every stack again.
    const failure = { type: e.name, message: e.message.slice(0, 500), ...(first ? { stack: e.stack } : {}) };
    logger.error({ request, error: failure }, first ? 'request failed' : 'request failed again (stack logged before)');
  };
}
