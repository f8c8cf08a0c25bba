import { countArticles, countryCode, ingest, inputProblem, namePattern } from '@accord/ingest';
import { openStore } from '@accord/store';
import { CliError, flagValue } from './error.js';
import type { Io } from './io.js';
import { watchLaunchers } from './orphan.js';
import { progressReporter } from './progress.js';

/** Flags every command that reads articles shares, checked once. */
export function articleFlags(flags: Record<string, unknown>): { language?: 'ar' | 'en'; date?: string; speakerCountry?: string } {
  const language = flags.language as string | undefined;
  if (language !== undefined && language !== 'ar' && language !== 'en') throw new CliError('usage', `--language must be ar or en, not "${language}"`);
  const date = flags.date === undefined ? undefined : String(flags.date);
  const problem = date === undefined ? null : inputProblem({ date, partialDate: true });
  if (problem) throw new CliError('usage', `--${problem.message}`);
  const speakerFlag = flags.speakerCountry as string | undefined;
  const speakerCountry = speakerFlag ? flagValue('--speaker-country', () => countryCode(String(speakerFlag))) : undefined;
  return { ...(language ? { language } : {}), ...(date ? { date } : {}), ...(speakerCountry ? { speakerCountry } : {}) };
}

/** `accord ingest PATH...`: see `ingest`. Exit 0 when every article was stored or known, 1 when some failed, 130 when interrupted. */
export async function ingestCommand(paths: string[], flags: Record<string, unknown>, io: Io): Promise<number> {
  if (paths.length === 0) throw new CliError('usage', 'ingest needs at least one FILE, folder or .tar.gz archive');
  const common = articleFlags(flags);
  const pattern = flags.namePattern === undefined ? undefined : String(flags.namePattern);
  if (pattern) flagValue('--name-pattern', () => namePattern(pattern));
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64))
    throw new CliError('usage', `--workers must be a whole number from 0 to 64, not "${String(flags.workers)}"`);

  const store = await openStore({ url: flags.database as string | undefined });
  const reporter = progressReporter({ tty: Boolean(process.stderr.isTTY) && !flags.json, write: io.err });
  void countArticles(paths).then(
    (total) => reporter.setTotal(total),
    () => undefined,
  );
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const unwatch = watchLaunchers(() => {
    reporter.note('accord: the command that started this ingest is gone (killed?): stopping after the article being stored');
    stop();
  });
  let summary;
  try {
    summary = await ingest({
      paths,
      store,
      ...common,
      namePattern: pattern,
      encoding: flags.encoding as string | undefined,
      workers,
      signal: controller.signal,
      onProgress: (p) => reporter.update(p),
      onFailure: (f) => reporter.note(`accord: ${f.origin ? `${f.origin}: ` : ''}${f.message}`),
    });
  } finally {
    reporter.stop();
    unwatch();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
  }
  if (flags.json) io.out(JSON.stringify({ ingested: summary.ingested, duplicates: summary.duplicates, failed: summary.failed }));
  else {
    const rate = (summary.ingested + summary.duplicates) / Math.max(summary.seconds, 0.001);
    io.out(
      `${summary.interrupted ? 'Interrupted: ' : ''}ingested ${summary.ingested}, duplicates ${summary.duplicates}, failed ${summary.failed} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(0)} articles/s, ${(summary.bytes / 1e6 / Math.max(summary.seconds, 0.001)).toFixed(2)} MB/s of new UTF-8 text)`,
    );
    if (summary.interrupted) io.out('Rerun the same command to continue: stored articles are skipped as duplicates.');
  }
  if (summary.interrupted) return 130;
  return summary.failed > 0 ? 1 : 0;
}
