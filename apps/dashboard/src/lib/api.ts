/** The one way pages reach data: same-origin JSON under /api/v1, errors as problem+json. */

type Fetch = typeof fetch;
type Params = Record<string, string | number | string[] | null | undefined>;

/** A failed API call, carrying the problem+json title and detail the server sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;

  constructor(options: { status: number; title: string; detail?: string | undefined; cause?: unknown }) {
    super(options.detail ? `${options.title}: ${options.detail}` : options.title, { cause: options.cause });
    this.name = 'ApiError';
    this.status = options.status;
    this.title = options.title;
    this.detail = options.detail;
  }
}

/**
 * The path and query of an API call; empty and null parameters are left out, arrays joined by commas.
 * @example apiUrl('/agreement', { issue: 'syria', countries: ['EG', 'RU'] }) // '/api/v1/agreement?issue=syria&countries=EG%2CRU'
 */
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join(',') : value == null ? '' : String(value);
    if (text !== '') query.set(key, text);
  }
  const qs = query.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/**
 * GET (or POST with a JSON body) and parse JSON; throws ApiError with the server's explanation.
 * @example const matrix = await api<AgreementMatrix>(fetch, '/agreement', { params: { issue: 'syria' } });
 */
export async function api<T>(fetcher: Fetch, path: string, options: { params?: Params; body?: unknown } = {}): Promise<T> {
  const init: RequestInit =
    options.body === undefined
      ? { headers: { accept: 'application/json' } }
      : { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(options.body) };
  let response: Response;
  try {
    response = await fetcher(apiUrl(path, options.params), init);
  } catch (cause) {
    throw new ApiError({ status: 0, title: 'The API cannot be reached', detail: 'Check that the Accord server is running.', cause });
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
  try {
    const problem = (await response.json()) as { title?: unknown; detail?: unknown };
    return new ApiError({
      ...fallback,
      title: typeof problem.title === 'string' ? problem.title : fallback.title,
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    });
  } catch {
    return new ApiError(fallback);
  }
}
