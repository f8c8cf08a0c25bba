import { describe, expect, it, vi } from 'vitest';
import { estimateBytes, QueryCache } from './cache.js';

describe('QueryCache', () => {
  it('loads once per key and evicts the least recently used', async () => {
    const cache = new QueryCache(2, 60_000);
    const load = vi.fn(async () => 'value');
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('a', load);
    await cache.get('c', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('b', load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('shares one load between concurrent callers, and forgets a failed one', async () => {
    const cache = new QueryCache(4, 60_000);
    const load = vi.fn(() => new Promise<number>((resolve) => setTimeout(() => resolve(1), 10)));
    await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect(load).toHaveBeenCalledOnce();
    await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('bad', async () => 'up')).toBe('up');
  });

  it('reloads after clear() and after the time to live', async () => {
    vi.useFakeTimers();
    try {
      const cache = new QueryCache(4, 1000);
      const load = vi.fn(async () => 'value');
      await cache.get('k', load);
      cache.clear();
      await cache.get('k', load);
      vi.advanceTimersByTime(1001);
      await cache.get('k', load);
      expect(load).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('evicts the least recent results when their estimated bytes pass the bound, keeping the newest', async () => {
    const cache = new QueryCache(100, 60_000, 1_000_000);
    const records = (n: number) => vi.fn(async () => Array.from({ length: n }, (_, i) => i));
    const each = estimateBytes(new Array(500));
    const a = records(500);
    await cache.get('a', a);
    await cache.get('b', records(500));
    await cache.get('c', records(500));
    expect(cache.bytes).toBe(3 * each);
    await cache.get('d', records(500));
    expect(cache.bytes).toBe(3 * each);
    await cache.get('a', a);
    expect(a).toHaveBeenCalledTimes(2);
    await cache.get('huge', records(10_000));
    expect(cache.bytes).toBe(estimateBytes(new Array(10_000)));
    cache.clear();
    expect(cache.bytes).toBe(0);
  });

  it('passes straight through with size 0', async () => {
    const load = vi.fn(async () => 1);
    const cache = new QueryCache(0, 1000);
    await cache.get('k', load);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
