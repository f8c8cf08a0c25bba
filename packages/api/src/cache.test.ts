import { describe, expect, it, vi } from 'vitest';
import { QueryCache } from './cache.js';

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

  it('passes straight through with size 0', async () => {
    const load = vi.fn(async () => 1);
    const cache = new QueryCache(0, 1000);
    await cache.get('k', load);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
