import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '@accord/ingest';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  setTotal(total: number): void;
  /** A message line; on a terminal it waits until the bar stops, so the two do not interleave. */
  note(line: string): void;
  stop(): void;
}

const done = (p: IngestProgress) => p.ingested + p.duplicates + p.failed;

/**
 * A progress bar with rate and ETA on a terminal; elsewhere (CI, a pipe) one plain line every few
 * seconds, so logs stay readable.
 */
export function progressReporter(options: { tty: boolean; write: (line: string) => void; intervalMs?: number }): ProgressReporter {
  const started = performance.now();
  let total = 0;
  if (options.tty) {
    const bar = new SingleBar({
      format: 'ingest [{bar}] {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {duplicates} duplicates, {failed} failed',
      hideCursor: true,
      etaBuffer: 200,
      stream: process.stderr,
    });
    bar.start(1, 0, { rate: '0', duplicates: 0, failed: 0 });
    const notes: string[] = [];
    return {
      note: (line) => notes.push(line),
      setTotal: (t) => {
        total = t;
        bar.setTotal(Math.max(t, 1));
      },
      update: (p) => {
        const seconds = (performance.now() - started) / 1000;
        if (done(p) > total) bar.setTotal(done(p));
        bar.update(done(p), { rate: (done(p) / Math.max(seconds, 0.001)).toFixed(0), duplicates: p.duplicates, failed: p.failed });
      },
      stop: () => {
        bar.stop();
        for (const line of notes) options.write(line);
      },
    };
  }
  const interval = options.intervalMs ?? 5000;
  let lastLine = started;
  let latest: IngestProgress | undefined;
  const line = (p: IngestProgress) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done(p) / Math.max(seconds, 0.001);
    const eta = total > done(p) && rate > 0 ? ` ETA ${Math.ceil((total - done(p)) / rate)} s` : '';
    options.write(
      `ingest: ${done(p)}${total ? `/${total}` : ''} articles (${p.ingested} new, ${p.duplicates} duplicates, ${p.failed} failed), ${rate.toFixed(0)}/s${eta}`,
    );
  };
  return {
    note: options.write,
    setTotal: (t) => (total = t),
    update: (p) => {
      latest = p;
      if (performance.now() - lastLine >= interval) {
        lastLine = performance.now();
        line(p);
      }
    },
    stop: () => {
      if (latest && performance.now() - started >= interval) line(latest);
    },
  };
}
