import { expandPaths, IngestError, plainMessage, readArticles } from '@accord/ingest';
import { analyze } from '@accord/stance';
import { CliError } from './error.js';
import { articleFlags } from './ingest-command.js';
import type { Io } from './io.js';

/** `accord analyze PATH...`: one analysis per article, as one JSON document or JSON Lines. */
export async function analyzeCommand(paths: string[], flags: Record<string, unknown>, io: Io): Promise<number> {
  if (paths.length === 0) throw new CliError('usage', 'analyze needs at least one FILE or folder');
  const { language, date, speakerCountry } = articleFlags(flags);
  const pretty = Boolean(flags.pretty);
  const { files, failures: missing } = expandPaths(paths);
  const single = files.length === 1 && paths.length === 1 && !/\.(jsonl|ndjson)$/i.test(files[0]!);
  let failed = missing.length;
  for (const f of missing) io.err(`accord: ${f.origin}: ${f.message}`);
  for (const file of files) {
    let read;
    try {
      read = readArticles(file, { encoding: flags.encoding as string | undefined });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      io.err(`accord: ${plainMessage(error)}`);
      failed++;
      continue;
    }
    for (const f of read.failures) {
      io.err(`accord: ${f.origin}: ${f.message}`);
      failed++;
    }
    for (const article of read.articles) {
      const analysis = analyze({
        text: article.text,
        id: article.id,
        ...(language ? { language } : {}),
        ...(date || article.date ? { date: String(date ?? article.date) } : {}),
        ...(speakerCountry ? { speakerCountry } : {}),
        sentences: flags.sentences !== false,
      });
      io.out(JSON.stringify(analysis, null, pretty && single ? 2 : undefined));
    }
  }
  return failed > 0 ? 1 : 0;
}
