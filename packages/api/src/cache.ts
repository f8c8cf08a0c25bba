interface Entry {
  value: Promise<unknown>;
  expires: number;
  /** Estimated once the value has loaded; 0 until then. */
  bytes: number;
}

// Rough sizes of what the cache holds, so its memory bound needs no serialising: a position or
// agreement record with its evidence spans, and a computed result kept with its JSON.
const RECORD_BYTES = 600;
const JSON_OVERHEAD = 3;

/** The estimated heap bytes of a cached value. */
export function estimateBytes(value: unknown): number {
  if (Array.isArray(value)) return 64 + value.length * RECORD_BYTES;
  if (typeof value === 'object' && value !== null && 'json' in value && typeof value.json === 'string') return value.json.length * JSON_OVERHEAD;
  return 1024;
}

/**
 * A small LRU of corpus query results, bounded by entries and by estimated bytes: a whole-corpus
 * positions list is tens of megabytes. Writes through this API clear it; `ttlMs` bounds how long
 * writes by another process (a CLI ingest into the same database) stay unseen.
 */
export class QueryCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(
    readonly size: number,
    readonly ttlMs: number,
    readonly maxBytes = 256 * 2 ** 20,
  ) {}

  /** The estimated bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

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
    if (hit) this.#remove(key, hit);
    if (hit && hit.expires > now) {
      this.#entries.set(key, hit);
      this.#bytes += hit.bytes;
      return hit.value as Promise<T>;
    }
    const entry: Entry = { value: load(), expires: now + this.ttlMs, bytes: 0 };
    entry.value.then(
      (value) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = estimateBytes(value);
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#remove(key, entry);
      },
    );
    this.#entries.set(key, entry);
    this.#evict();
    return entry.value as Promise<T>;
  }

  /** Forgets everything: called after every write. Loads already running finish for their callers only. */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #remove(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  // Maps iterate in insertion order, and a hit re-inserts: the first key is the least recent. The
  // newest entry stays even when it alone is over the bound, so a big result is still served once.
  #evict(): void {
    while (this.#entries.size > this.size || (this.#bytes > this.maxBytes && this.#entries.size > 1)) {
      const [key, entry] = this.#entries.entries().next().value!;
      this.#remove(key, entry);
    }
  }
}
