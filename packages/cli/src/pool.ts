import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeForStore, type AnalysisResult, type AnalysisTask } from './analysis-task.js';

interface Job {
  task: AnalysisTask;
  resolve: (result: AnalysisResult) => void;
  reject: (error: Error) => void;
}

/**
 * Analyses articles on worker threads, one per core by default; `size: 0` analyses in the calling
 * thread. A worker that crashes fails only the article it held and is replaced.
 */
export class AnalysisPool {
  private readonly busy = new Map<Worker, Job>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly size = availableParallelism()) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Analyses one article; resolves when a worker is done with it. */
  analyze(task: AnalysisTask): Promise<AnalysisResult> {
    if (this.size === 0) {
      try {
        return Promise.resolve(analyzeForStore(task));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
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
    const worker = spawnWorker();
    worker.on('message', (message: { result?: AnalysisResult; error?: string }) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (message.result) job?.resolve(message.result);
      else job?.reject(new Error(message.error ?? 'analysis failed'));
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => {
      this.busy.get(worker)?.reject(error);
      this.busy.delete(worker);
    });
    worker.on('exit', () => {
      this.busy.get(worker)?.reject(new Error('analysis worker stopped'));
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.dispatch();
      }
    });
    return worker;
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
