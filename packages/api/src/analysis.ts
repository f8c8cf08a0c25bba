import { AnalysisPool, IngestError, plainMessage } from '@accord/ingest';
import { ApiError } from './problem.js';

/** Seconds a client is told to wait when every analysis thread is taken. */
const RETRY_AFTER_S = 5;

/**
 * The server's analysis threads, started on first use so that a server that never analyses
 * starts none; `size` 0 analyses on the request's own thread.
 *
 * @example
 * const threads = new AnalysisThreads(1, 16);
 * await threads.pool().analyzePlain({ text });
 * await threads.close();
 */
export class AnalysisThreads {
  private started: AnalysisPool | undefined;
  constructor(
    readonly size: number,
    readonly queueLimit: number,
  ) {}

  pool(): AnalysisPool {
    this.started ??= new AnalysisPool(this.size, undefined, this.queueLimit);
    return this.started;
  }

  async close(): Promise<void> {
    await this.started?.close();
  }
}

/**
 * Runs `work`; a full analysis queue becomes a 503 `busy` problem with `Retry-After`.
 *
 * @example
 * const analysis = await unlessBusy(() => threads.pool().analyzePlain({ text }));
 */
export async function unlessBusy<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IngestError && error.code === 'busy')
      throw new ApiError('busy', plainMessage(error), { cause: error, headers: { 'retry-after': String(RETRY_AFTER_S) } });
    throw error;
  }
}
