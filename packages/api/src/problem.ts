import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** Each code is one stable problem `type`: `https://accord.dev/problems/<code>`. */
export const PROBLEMS = {
  validation: { status: 400, title: 'Invalid request' },
  'malformed-json': { status: 400, title: 'Malformed JSON body' },
  'invalid-cursor': { status: 400, title: 'Invalid pagination cursor' },
  unauthorized: { status: 401, title: 'Missing or wrong API key' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'not-text': { status: 422, title: 'Body is not text' },
  'store-unavailable': { status: 503, title: 'Storage unavailable' },
  busy: { status: 503, title: 'Every analysis thread is busy' },
  internal: { status: 500, title: 'Internal error' },
  'invalid-config': { status: 500, title: 'Invalid configuration' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_BASE = 'https://accord.dev/problems/';

/** One field that failed validation: `path` is dotted (`articles.2.text`). */
export interface FieldError {
  path: string;
  message: string;
}

/** The RFC 9457 body every error response carries; `errors` only for validation problems. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: FieldError[];
}

/** The one error of `@accord/api`, with a stable `code` that is also the problem type. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  constructor(
    readonly code: ProblemCode,
    message: string,
    options?: { cause?: unknown; errors?: FieldError[]; headers?: Record<string, string> },
  ) {
    super(`[accord/api] ${message}`, options);
    this.status = PROBLEMS[code].status;
    this.errors = options?.errors;
    this.headers = options?.headers;
  }

  /** The message without the package prefix, as a problem's `detail`. */
  get detail(): string {
    return this.message.replace(/^\[accord\/api\] /, '');
  }
}

/**
 * The problem+json response for an error of any kind; unknown errors become a 500 whose detail
 * says nothing about the code (the caller logs the error itself).
 *
 * @example
 * app.onError((error, c) => problemResponse(c, error));
 */
export function problemResponse(c: Context, error: unknown): Response {
  const api = toApiError(error);
  const body: ProblemBody = {
    type: PROBLEM_BASE + api.code,
    title: PROBLEMS[api.code].title,
    status: api.status,
    detail: api.detail,
    instance: c.req.path,
    ...(api.errors ? { errors: api.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: api.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...api.headers },
  });
}

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'validation',
  401: 'unauthorized',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

// Errors of the sibling packages are told apart by name and code, so that this map needs no import
// of a database driver to recognise a store error.
const ENGINE_CODES: Record<string, ProblemCode> = {
  'StanceError:unknown_country': 'validation',
  'StanceError:invalid_input': 'validation',
  'TextError:not_text': 'not-text',
  'TextError:unknown_encoding': 'unsupported-media-type',
  'IngestError:unknown_country': 'validation',
  'IngestError:invalid_article': 'validation',
  'IngestError:not_text': 'not-text',
  'CorpusError:invalid_input': 'validation',
  'CorpusError:invalid_date': 'validation',
  'CorpusError:invalid_bucket': 'validation',
  'CorpusError:invalid_filter': 'validation',
  'StoreError:invalid_cursor': 'invalid-cursor',
  'StoreError:invalid_input': 'validation',
  'StoreError:not_found': 'not-found',
  'StoreError:open_failed': 'store-unavailable',
  'StoreError:write_failed': 'store-unavailable',
  'StoreError:unavailable': 'store-unavailable',
};

// The store retries a lost database itself; a client should too, after a pause this long (seconds).
export const RETRY_AFTER_SECONDS = 5;

/**
 * Maps any thrown value to an `ApiError`: engine and store errors by their code, hono's
 * HTTPExceptions by status, anything else to `internal`.
 *
 * @example
 * toApiError(new HTTPException(413)).code; // 'payload-too-large'
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) return new ApiError('malformed-json', 'the body is not valid JSON', { cause: error });
    const code = STATUS_CODES[error.status] ?? (error.status >= 500 ? 'internal' : 'validation');
    const detail =
      code === 'unsupported-media-type' ? 'this route does not take that Content-Type: send application/json (or, to /analyze, text/plain)' : error.message;
    return new ApiError(code, detail || PROBLEMS[code].title, { cause: error });
  }
  if (error instanceof Error && 'code' in error) {
    const code = ENGINE_CODES[`${error.name}:${String(error.code)}`];
    if (code) {
      const headers = code === 'store-unavailable' ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : undefined;
      return new ApiError(code, error.message.replace(/^\[accord\/\w+\] /, ''), { cause: error, headers });
    }
  }
  return new ApiError('internal', 'an unexpected error occurred; the server logged it', { cause: error });
}
