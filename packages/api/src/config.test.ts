import { DEFAULT_DATABASE_URL } from '@accord/store';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT, loadConfig } from './config.js';
import { ApiError } from './problem.js';

describe('loadConfig', () => {
  it('has defaults for everything, and treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', ACCORD_API_KEY: ' ' })).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: DEFAULT_DATABASE_URL,
      bodyLimit: DEFAULT_BODY_LIMIT,
      corsOrigins: [],
      cacheSize: 64,
      cacheBytes: 256 * 2 ** 20,
      shutdownTimeoutMs: 10_000,
      workers: 1,
      analysisQueue: 16,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://accord@db/accord',
      ACCORD_API_KEY: 'k'.repeat(32),
      ACCORD_READ_KEY: 'r'.repeat(16),
      ACCORD_BODY_LIMIT: '512kb',
      ACCORD_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      ACCORD_CACHE_SIZE: '0',
      ACCORD_SHUTDOWN_TIMEOUT_MS: '2500',
      ACCORD_WORKERS: '0',
      ACCORD_ANALYSIS_QUEUE: '4',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://accord@db/accord',
      bodyLimit: 512 * 1024,
      cacheSize: 0,
      shutdownTimeoutMs: 2500,
      workers: 0,
      analysisQueue: 4,
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.apiKey).toHaveLength(32);
    expect(loadConfig({ ACCORD_BODY_LIMIT: '2mb' }).bodyLimit).toBe(2 * 1024 * 1024);
    expect(loadConfig({ ACCORD_BODY_LIMIT: '1000' }).bodyLimit).toBe(1000);
  });

  it('names every bad variable and what it should be, never a key', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', ACCORD_BODY_LIMIT: 'lots', ACCORD_CORS_ORIGINS: 'https://a.example/path', ACCORD_API_KEY: 'secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    const message = (error as ApiError).message;
    expect((error as ApiError).code).toBe('invalid-config');
    expect(message).toContain('PORT="eighty": expected a whole number from 0 to 65535');
    expect(message).toContain('ACCORD_BODY_LIMIT="lots": expected a size such as 2097152, 512kb or 2mb');
    expect(message).toContain('ACCORD_CORS_ORIGINS="https://a.example/path": an origin is * or scheme://host[:port]');
    expect(message).toContain('ACCORD_API_KEY=(hidden): use at least 16 characters');
    expect(message).not.toContain('secret');
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
