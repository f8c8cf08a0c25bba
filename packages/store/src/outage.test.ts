import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionError, readWithRetry } from './outage.js';
import { openStore } from './store.js';
import { createProxiedTestStore, type TcpProxy } from './testing.js';
import type { Store } from './types.js';

describe('readWithRetry', () => {
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

  it('tries a read again while the database cannot be reached, then gives up with unavailable', async () => {
    let calls = 0;
    await expect(readWithRetry('postgres://db', async () => ++calls && Promise.reject(refused()))).rejects.toMatchObject({
      name: 'StoreError',
      code: 'unavailable',
      message: expect.stringMatching(/database at postgres:\/\/db cannot be reached \(connect ECONNREFUSED/),
      cause: expect.objectContaining({ code: 'ECONNREFUSED' }),
    });
    expect(calls).toBe(3);
  });

  it('answers once the database is back within the retries, and passes other errors through at once', async () => {
    let calls = 0;
    await expect(readWithRetry('db', async () => (++calls < 3 ? Promise.reject(refused()) : 'rows'))).resolves.toBe('rows');
    calls = 0;
    const syntax = Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' });
    await expect(readWithRetry('db', async () => ++calls && Promise.reject(syntax))).rejects.toBe(syntax);
    expect(calls).toBe(1);
  });

  it('tells connection errors from query errors', () => {
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(new Error('wrapped', { cause: refused() }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }))).toBe(false);
  });
});

describe.skipIf(process.env.ACCORD_SKIP_POSTGRES === '1')('a PostgreSQL store whose connections are cut', () => {
  let proxy: TcpProxy;
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, proxy, cleanup } = await createProxiedTestStore());
  });
  afterAll(() => cleanup?.());

  it('reports unavailable while they are down and reconnects by itself', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.stats(); // a pooled connection, idle when it is cut
    await proxy.drop();
    await expect(store.ping()).rejects.toMatchObject({ code: 'unavailable' });
    await expect(store.positions({})).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/127\.0\.0\.1:\d+/) });
    await expect(store.deleteArticle('0123456789abcdef')).rejects.toMatchObject({ code: 'unavailable' });
    await proxy.restore();
    await expect(store.stats()).resolves.toMatchObject({ articles: 0 });
  });
});
