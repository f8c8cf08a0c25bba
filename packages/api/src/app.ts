import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import { engineVersion } from '@accord/stance';
import type { Store } from '@accord/store';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { AnalysisThreads } from './analysis.js';
import { QueryCache } from './cache.js';
import { DEFAULT_BODY_LIMIT } from './config.js';
import type { AppEnv } from './env.js';
import { securityHeaders } from './headers.js';
import { ApiError, problemResponse, type FieldError } from './problem.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { agreementRoutes } from './routes/agreement.js';
import { countryRoutes } from './routes/countries.js';
import { healthRoutes } from './routes/health.js';
import { ontologyRoutes } from './routes/ontology.js';
import { relationRoutes } from './routes/relations.js';
import { stanceRoutes } from './routes/stances.js';
import { docsAsset, docsPage } from './docs.js';
import { compress } from 'hono/compress';
import type { Logger } from 'pino';
import { createLogger, isClientAbort, serverErrorLogger } from './log.js';

export interface AppOptions {
  store: Store;
  /** Bearer key for writes (POST/DELETE /articles); writes are open without one. */
  apiKey?: string;
  /** Bearer key for reads; reads are open without one. The API key opens reads too. */
  readKey?: string;
  /** Request body limit in bytes (default 2 MiB). */
  bodyLimit?: number;
  /** Origins CORS allows (`['*']` for any); no CORS headers when empty (default). */
  corsOrigins?: string[];
  /** Corpus query results kept in memory (default 64; 0 turns the cache off). */
  cacheSize?: number;
  /** How long a cached result may serve before it is read again (default 30 s), for writes by other processes. */
  cacheTtlMs?: number;
  /** Estimated memory the cache may hold, in bytes (default 256 MiB). */
  cacheBytes?: number;
  /** Analysis threads for /analyze and POST /articles (default none: they analyse on the request's thread). */
  analysis?: AnalysisThreads;
  /** Structured log of failed requests (default: pino on stdout). */
  logger?: Logger;
  /** Called once with every error that became a 5xx response (default: one line on `logger`). */
  onServerError?: (error: unknown, c: Context) => void;
}

const TARGETS: Record<string, string> = { json: 'body', query: 'query parameter', param: 'path parameter', header: 'header' };

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

// A union (one article or a batch) reports every branch; the branch that got deepest into the
// input is the one the client meant, so its issues name the fields.
function fieldIssues(issues: Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors?.length) return [{ ...issue, path }];
    const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length));
    const meant = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
    return fieldIssues(meant, path);
  });
}

// `?countries=EG&countries=RU` reaches zod as an array; "expected string, received array" does not say what to do.
function repeatedParam(target: string, issue: Issue): string | undefined {
  if (target !== 'query' || issue.code !== 'invalid_type' || !/received array/.test(issue.message)) return undefined;
  const field = String(issue.path[0] ?? 'it');
  return /^countr/.test(field) ? `given more than once: give ${field} once, as one comma list (${field}=EG,RU)` : `given more than once: give ${field} once`;
}

// Validation failures of any route become one `validation` problem naming the fields.
const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (result.success) return;
  const errors: FieldError[] = fieldIssues(result.error.issues as Issue[]).map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    message: repeatedParam(result.target, i) ?? i.message,
  }));
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new ApiError('validation', `${TARGETS[result.target] ?? result.target} ${first.path}: ${first.message}${more}`, { errors });
};

/**
 * Accord's HTTP API as a Hono app, every route under `/api`: `/api/v1/...`, the OpenAPI 3.1
 * document at `/api/openapi.json` and its reference page at `/api/docs`. Mount it in any server
 * that speaks Fetch (`app.fetch`), or run it with `startServer`.
 *
 * @example
 * const store = await openStore({ url: 'file:./data/accord.db' });
 * const app = createApp({ store, apiKey: process.env.ACCORD_API_KEY });
 * const res = await app.request('/api/v1/health');
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const deps = {
    store: options.store,
    cache: new QueryCache(options.cacheSize ?? 64, options.cacheTtlMs ?? 30_000, options.cacheBytes),
    keys: { write: options.apiKey, read: options.readKey },
    analysis: options.analysis ?? new AnalysisThreads(0, Number.POSITIVE_INFINITY),
    crossSiteWrites: !(options.corsOrigins?.includes('*') && !options.apiKey && !options.readKey),
  };
  const logger = options.logger ?? createLogger();
  const onServerError = options.onServerError ?? serverErrorLogger(logger);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', securityHeaders());
  // A corpus matrix is megabytes of repetitive JSON; gzip takes it to about a tenth.
  app.use('/api/*', compress());
  app.use('/api/*', methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => problemResponse(c, methodError(c.req.method, methods)) }));
  if (options.corsOrigins?.length) app.use('/api/*', corsFor(options.corsOrigins, deps.crossSiteWrites));
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  app.use(
    '/api/v1/*',
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiError('payload-too-large', `the body is over the limit of ${limit} bytes (ACCORD_BODY_LIMIT)`);
      },
    }),
  );

  for (const routes of [
    analyzeRoutes(),
    articleRoutes(),
    stanceRoutes(),
    agreementRoutes(),
    relationRoutes(),
    countryRoutes(),
    ontologyRoutes(),
    healthRoutes(),
  ]) {
    app.route('/api/v1', routes);
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'ACCORD_API_KEY for writes; ACCORD_READ_KEY (or the API key) for reads when reads are closed',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Accord API',
      version: '1',
      description: `Positions of countries per issue in Arabic and English diplomatic news, who backs and who blames whom, and agreement between countries. Engine ${engineVersion()}.`,
    },
  });
  app.get('/api/docs', (c) => docsPage(c));
  app.get('/api/docs/:asset', (c) => docsAsset(c, c.req.param('asset')) ?? c.notFound());

  app.notFound((c) =>
    problemResponse(c, new ApiError('not-found', `no route ${c.req.method} ${c.req.path}: the API lives under /api/v1, documented at /api/docs`)),
  );
  app.onError(errorHandler(logger, onServerError));
  return app;
}

function corsFor(origins: string[], crossSiteWrites: boolean) {
  return cors({
    origin: origins.includes('*') ? '*' : origins,
    // Any page may read; with no key, none may delete (POST stays for /analyze, and guard refuses a cross-site POST /articles).
    allowMethods: crossSiteWrites ? ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] : ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: ['Location', 'Accord-Text-Encoding', 'Accord-Text-Lossy'],
    maxAge: 600,
  });
}

// Every error becomes its problem response, logged at most once and only as loud as it deserves.
function errorHandler(logger: Logger, onServerError: (error: unknown, c: Context) => void) {
  return (error: Error, c: Context) => {
    const res = problemResponse(c, error);
    const request = { method: c.req.method, path: c.req.path.slice(0, 200) };
    // A client that hung up mid-upload is no server fault; nobody reads the answer either.
    if (isClientAbort(error, c)) logger.info({ request }, 'client closed the request');
    // A full analysis queue is load, not a fault: the client was told when to come back.
    else if (error instanceof ApiError && error.code === 'busy') logger.warn({ request }, 'analysis queue full: answered 503');
    else if (res.status >= 500) onServerError(error, c);
    return res;
  };
}

function methodError(method: string, allowed: string[]): ApiError {
  return new ApiError('method-not-allowed', `${method} is not allowed here: use ${allowed.join(', ')}`, { headers: { allow: allowed.join(', ') } });
}
