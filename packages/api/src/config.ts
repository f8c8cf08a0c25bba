import { DEFAULT_DATABASE_URL } from '@accord/store';
import { z } from 'zod';
import { ApiError } from './problem.js';

/** Everything the server reads from its environment, validated. */
export interface ApiConfig {
  port: number;
  host: string;
  /** Passed to `openStore`: a `file:` URL for SQLite, or a `postgres://` URL. */
  databaseUrl: string;
  /** Bearer key required by writes; writes are open when unset. */
  apiKey?: string;
  /** Bearer key required by reads (the API key works too); reads are open when unset. */
  readKey?: string;
  /** Request body limit in bytes. */
  bodyLimit: number;
  /** Origins allowed by CORS (`*` for any); none when empty. */
  corsOrigins: string[];
  /** Corpus query results kept in memory (0 turns the cache off). */
  cacheSize: number;
  /** ACCORD_CACHE_MB in bytes. */
  cacheBytes: number;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** Analysis threads for /analyze and POST /articles (0: on the request's thread). */
  workers: number;
  /** Analyses that may wait for a thread; more are answered 503 with Retry-After. */
  analysisQueue: number;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `expected a whole number from ${min} to ${max}`).max(max, `expected a whole number from ${min} to ${max}`));

const byteSize = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\d+(\.\d+)?\s*(b|kb?|mb?|gb?)?$/, 'expected a size such as 2097152, 512kb or 2mb')
  .transform((s) => {
    const [, amount, unit = ''] = /^([\d.]+)\s*([a-z]*)$/.exec(s)!;
    return Math.floor(Number(amount) * UNITS[unit]!);
  })
  .pipe(z.number().min(1, 'expected a size of at least 1 byte'));

const key = z.string().min(16, 'use at least 16 characters (openssl rand -hex 32 makes a good one)');

const origins = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o), 'an origin is * or scheme://host[:port] with no path, such as https://example.org'),
    ),
  );

const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().trim().min(1).default(DEFAULT_DATABASE_URL),
  ACCORD_API_KEY: key.optional(),
  ACCORD_READ_KEY: key.optional(),
  ACCORD_BODY_LIMIT: byteSize.default(DEFAULT_BODY_LIMIT),
  ACCORD_CORS_ORIGINS: origins.default([]),
  ACCORD_CACHE_SIZE: integer(0, 100_000).default(64),
  ACCORD_CACHE_MB: integer(1, 1_000_000).default(256),
  ACCORD_SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  ACCORD_WORKERS: integer(0, 64).default(1),
  ACCORD_ANALYSIS_QUEUE: integer(1, 10_000).default(16),
});

/**
 * Reads and validates the server's configuration from environment variables; an empty variable
 * counts as unset. Throws an `ApiError` (code `invalid-config`) naming every bad variable.
 *
 * @example
 * const config = loadConfig(process.env);
 * config.port; // 3000 unless PORT is set
 */
export function loadConfig(env: Record<string, string | undefined>): ApiConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      // A key's value stays out of logs, even a wrong one.
      const shown = name.endsWith('_KEY') ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${shown}: ${i.message}`;
    });
    throw new ApiError('invalid-config', `invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    ...(e.ACCORD_API_KEY ? { apiKey: e.ACCORD_API_KEY } : {}),
    ...(e.ACCORD_READ_KEY ? { readKey: e.ACCORD_READ_KEY } : {}),
    bodyLimit: e.ACCORD_BODY_LIMIT,
    corsOrigins: e.ACCORD_CORS_ORIGINS,
    cacheSize: e.ACCORD_CACHE_SIZE,
    cacheBytes: e.ACCORD_CACHE_MB * 2 ** 20,
    shutdownTimeoutMs: e.ACCORD_SHUTDOWN_TIMEOUT_MS,
    workers: e.ACCORD_WORKERS,
    analysisQueue: e.ACCORD_ANALYSIS_QUEUE,
  };
}
