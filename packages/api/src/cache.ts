interface Entry {
  value: Promise<unknown>;
  expires: number;
}

/**
 * A small LRU of corpus query results. Writes through this API clear it; `ttlMs` bounds how long
 * writes by another process (a CLI ingest into the same database) stay unseen.
 */
export class QueryCache {
  readonly #entries = new Map<string, Entry>();

  constructor(
    readonly size: number,
    readonly ttlMs: number,
  ) {}

  /**
   * The cached result for `key`, or `load()`'s, kept for the next caller; a failed load is dropped.
   *
   * @example
   * const rows = await cache.get(`positions:${key}`, () => store.positions(filter));
   */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.size <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit && hit.expires > now) {
      this.#entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const entry: Entry = { value: load(), expires: now + this.ttlMs };
    entry.value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    this.#entries.set(key, entry);
    // Maps iterate in insertion order, and a hit re-inserts: the first key is the least recent.
    while (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    return entry.value as Promise<T>;
  }

  /** Forgets everything: called after every write. Loads already running finish for their callers only. */
  clear(): void {
    this.#entries.clear();
  }
}
