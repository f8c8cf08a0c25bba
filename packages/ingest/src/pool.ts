import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '@accord/stance';
import { runTask, type AnalysisResult, type AnalysisTask } from './analysis-task.js';
import { IngestError } from './error.js';

interface Job {
  task: AnalysisTask;
  resolve: (result: AnalysisResult) => void;
  reject: (error: Error) => void;
}

type WorkerMessage = { ready: true } | { result: AnalysisResult } | { error: string };

/**
 * Analyses articles on worker threads, one per core but one by default; `size: 0` analyses in the calling
 * thread. A worker that crashes fails only the article it held and is replaced; a worker that
 * cannot even start breaks the pool, since every replacement would fail the same way.
 *
 * @example
 * const pool = new AnalysisPool(2);
 * const { analysis, fingerprint } = await pool.analyze({ text: 'Egypt supports a ceasefire in Libya.', language: 'en' });
 * await pool.close();
 */
export class AnalysisPool {
  private readonly busy = new Map<Worker, Job>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly ready = new WeakSet<Worker>();
  private closed = false;
  /** Why the workers cannot start, once one has died before it was ready. */
  broken: IngestError | undefined;

  constructor(
    // The calling thread reads, hashes and commits every article, so it keeps a core: on two cores
    // one worker ingested the Arabic corpus in 4.5 s where two took 5.3 s.
    readonly size = Math.max(1, availableParallelism() - 1),
    private readonly _spawnWorker: () => Worker = spawnWorker,
    /** Tasks that may wait for a worker; one more is refused (IngestError `busy`) instead of queueing without end. */
    readonly queueLimit = Number.POSITIVE_INFINITY,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Analyses one article; resolves when a worker is done with it. */
  analyze(task: AnalysisTask): Promise<AnalysisResult> {
    if (this.size === 0) {
      try {
        return Promise.resolve(runTask(task) as AnalysisResult);
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.queue.length >= this.queueLimit && this.idle.length === 0)
      return Promise.reject(new IngestError('busy', `every analysis thread is busy and ${this.queue.length} texts wait: try again in a few seconds`));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * The analysis `/analyze` returns (no sentences, no fingerprint), off the calling thread like `analyze`.
   *
   * @example
   * (await pool.analyzePlain({ text: 'Egypt supports a ceasefire.' })).stances[0].country; // 'EG'
   */
  async analyzePlain(task: Omit<AnalysisTask, 'plain'>): Promise<Analysis> {
    // A plain task comes back as `{ analysis }` alone.
    return (await this.analyze({ ...task, plain: true })).analysis;
  }

  /** Stops every worker thread; what is still queued is rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the analysis pool is closed'));
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private spawn(): Worker {
    const worker = this._spawnWorker();
    let failure: Error | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        this.ready.add(worker);
        return;
      }
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if ('result' in message) job?.resolve(message.result);
      else job?.reject(new Error(message.error));
      this.idle.push(worker);
      this.dispatch();
    });
    // An uncaught error is always followed by 'exit', which settles the job the worker held.
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      if (!this.ready.has(worker) && !this.closed && !this.broken) {
        if (job) this.queue.unshift(job);
        return this.breakPool(failure?.message ?? `it exited with code ${code}`, failure);
      }
      job?.reject(failure ?? new Error('analysis worker stopped'));
      if (this.closed || this.broken) return;
      this.idle.push(this.spawn());
      this.dispatch();
    });
    return worker;
  }

  // Respawning a worker that dies while loading would loop forever and fail every article one by one.
  private breakPool(reason: string, cause: unknown): void {
    this.broken = new IngestError(
      'no_workers',
      `an analysis worker thread could not start (${reason}); run with --workers 0 (workers: 0) to analyse on the main thread, or reinstall @accord/ingest`,
      { cause },
    );
    for (const job of [...this.queue.splice(0), ...this.busy.values()]) job.reject(this.broken);
    this.busy.clear();
    void this.close();
  }
}

// From source (tsx, tests) the worker is TypeScript and needs tsx's loader registered inside the
// thread; from the built package it is plain JavaScript.
function spawnWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(url);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true });
}
