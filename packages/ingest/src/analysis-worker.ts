import { parentPort } from 'node:worker_threads';
import { runTask, type AnalysisTask } from './analysis-task.js';

// One worker thread of the ingest pool: analyses what the main thread sends, one task at a time.
parentPort?.on('message', (task: AnalysisTask) => {
  try {
    parentPort!.postMessage({ result: runTask(task) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
// Loaded: the pool tells a worker that crashes later from one that can never start.
parentPort?.postMessage({ ready: true });
