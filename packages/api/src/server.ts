import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { openStore, type Store } from '@accord/store';
import type { Logger } from 'pino';
import { AnalysisThreads } from './analysis.js';
import { createApp } from './app.js';
import { setPageHeaders } from './headers.js';
import { createLogger } from './log.js';
import type { ApiConfig } from './config.js';

/** A Fetch handler for everything outside `/api`. */
export type FetchFallback = (req: Request) => Response | Promise<Response>;
/** A Node handler for everything outside `/api`, such as SvelteKit adapter-node's `handler`. */
export type NodeFallback = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
/** Told apart by arity: a function of two or three parameters is a Node handler. */
export type Fallback = FetchFallback | NodeFallback;

export interface ServerOptions {
  config: ApiConfig;
  /** Opened from `config.databaseUrl` when omitted; closed on shutdown either way. */
  store?: Store;
  fallback?: Fallback;
  /** Where the URL and shutdown lines go (default console.log). */
  log?: (line: string) => void;
  /** Shut down on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  /** The structured log of failed requests (default: pino on stdout). */
  logger?: Logger;
}

export interface RunningServer {
  /** The base URL, with the port actually bound (PORT=0 picks a free one). */
  url: string;
  server: Server;
  store: Store;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), then closes the store. */
  close(): Promise<void>;
}

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

function warnOpenAccess(config: ApiConfig, log: (line: string) => void, logger: Logger): void {
  if (!config.apiKey) log('[accord/api] ACCORD_API_KEY is not set: anyone who can reach this port can write');
  if (!config.corsOrigins.includes('*') || config.apiKey || config.readKey) return;
  const warning =
    'ACCORD_CORS_ORIGINS=* with no ACCORD_API_KEY: ANY WEB PAGE a visitor opens can read this API through their browser; cross-site writes (POST/DELETE /articles) are REFUSED until ACCORD_API_KEY is set';
  log(`[accord/api] WARNING: ${warning}`);
  logger.warn({ corsOrigins: config.corsOrigins }, warning);
}

/**
 * Serves the API on Node at `config.host:config.port`, and anything outside `/api` through
 * `fallback` (a dashboard). Prints the URL; on SIGTERM or SIGINT it stops accepting connections,
 * lets in-flight requests finish, then closes the store.
 *
 * @example
 * const { url, close } = await startServer({ config: loadConfig(process.env) });
 * // later: await close();
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, fallback, log = console.log, logger = createLogger() } = options;
  const store = options.store ?? (await openStore({ url: config.databaseUrl }));
  const analysis = new AnalysisThreads(config.workers, config.analysisQueue);
  const { apiKey, readKey, bodyLimit, corsOrigins, cacheSize, cacheBytes } = config;
  const app = createApp({ store, logger, analysis, apiKey, readKey, bodyLimit, corsOrigins, cacheSize, cacheBytes });
  const api = getRequestListener(app.fetch);
  const other = fallback && fallback.length < 2 ? getRequestListener(fallback as FetchFallback) : undefined;

  let inFlight = 0;
  let closing = false;
  const server = createServer((req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      // Keep-alive connections would hold shutdown open; drop each once its last response is out.
      if (closing) server.closeIdleConnections();
    });
    if (closing) res.setHeader('connection', 'close');
    if (!fallback || isApi(req.url ?? '/')) return void api(req, res);
    // The fallback's pages and assets get the API's protections too.
    setPageHeaders(req, res);
    if (other) return void other(req, res);
    (fallback as NodeFallback)(req, res, (error) => {
      if (error) {
        log(`[accord/api] the fallback handler failed on ${req.url}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
        return;
      }
      void api(req, res);
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    // A store opened here is closed here; a caller's store stays the caller's to close.
    if (!options.store) await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log(`Accord API on ${url}/api/v1 (reference: ${url}/api/docs, ${store.backend} store)`);
  warnOpenAccess(config, log, logger);

  let done: Promise<void> | undefined;
  const close = () =>
    (done ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
      await stopped;
      clearTimeout(timer);
      await analysis.close();
      await store.close();
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`[accord/api] ${signal}: finishing ${inFlight} request(s), then closing`);
    void close();
  };
  if (options.handleSignals !== false) {
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { url, server, store, close };
}
