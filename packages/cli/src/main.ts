import { cac } from 'cac';
import { analyze, scoreArticle, summarizeScores, StanceError, type ArticleScore, type Prf, type Score } from '@accord/stance';
import { CliError, isAccordError, messageWithCause, plainMessage } from './error.js';
import { loadGold } from './gold.js';
import { agreementCommand, exportCommand, reanalyzeCommand } from './corpus-commands.js';
import { articleFlags, ingestCommand } from './ingest-command.js';
import { expandPaths, readArticles } from './read.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs the `accord` command line and resolves to its exit code: 0 on success, 1 when some input
 * failed (the others still ran), 2 on a usage error.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  const cli = cac('accord');
  let result: Promise<number> | number = 0;

  cli
    .command('analyze [...paths]', 'Analyse articles: one JSON for one file, JSON Lines (one per article) for several files, folders or JSON Lines files')
    .option('--pretty', 'Indent the JSON for humans')
    .option('--encoding <label>', 'Decode input as this encoding (utf-8, utf-16le, windows-1256...); detected by default')
    .option('--language <lang>', 'ar or en; detected by default')
    .option('--date <date>', 'Article date (YYYY-MM-DD), used to resolve who held an office')
    .option('--speaker-country <code>', 'The whole text is this country\'s statement (ISO alpha-2 or alpha-3), e.g. a UN General Debate speech')
    .option('--no-sentences', 'Leave sentence spans and speakers out of the output')
    .action((paths: string[], flags: Record<string, unknown>) => {
      result = analyzeCommand(paths, flags, io);
    });

  cli
    .command('eval [...dirs]', 'Score the engine against gold files (*.gold.json)')
    .option('--json', 'Print the scores as JSON')
    .option('--corpus <dir>', 'Folder of the corpus records that gold files name (default: ../shared/corpus)')
    .option('--errors', 'List missed and extra positions and wrong agreement labels per article')
    .action((dirs: string[], flags: Record<string, unknown>) => {
      result = evalCommand(dirs, flags, io);
    });

  cli
    .command('ingest [...paths]', 'Store and analyse articles: files, folders and .tar.gz archives of .txt, .html, .json and .jsonl; the same text twice is stored once')
    .option('--database <url>', 'file:PATH (SQLite) or postgres://... (default: $DATABASE_URL or file:./data/accord.db)')
    .option('--language <lang>', 'ar or en for every article; detected by default')
    .option('--date <date>', 'Date for every article (YYYY-MM-DD); by default each record\'s own')
    .option('--speaker-country <code>', 'Every text is this country\'s statement (ISO alpha-2 or alpha-3)')
    .option('--name-pattern <pattern>', 'Read speaker country and year from file names: ungd, or e.g. {country}_{*}_{year}')
    .option('--encoding <label>', 'Decode input as this encoding; detected by default')
    .option('--workers <n>', 'Analysis threads (default: cores - 1, at least 1; 0 = none)')
    .option('--json', 'Print the summary as JSON: { ingested, duplicates, failed }')
    .action((paths: string[], flags: Record<string, unknown>) => {
      result = ingestCommand(paths, flags, io);
    });

  const database = '--database <url>';
  const databaseHelp = 'file:PATH or postgres://... (default: $DATABASE_URL or file:./data/accord.db)';
  cli
    .command('reanalyze', 'Re-read every stored article that an older (or other) engine version analysed')
    .option(database, databaseHelp)
    .option('--workers <n>', 'Analysis threads (default: cores - 1, at least 1)')
    .option('--json', 'Print the summary as JSON')
    .action((flags: Record<string, unknown>) => {
      result = reanalyzeCommand(flags, io);
    });

  const filters = (command: ReturnType<typeof cli.command>) =>
    command
      .option(database, databaseHelp)
      .option('--from <date>', 'Articles dated on or after (YYYY-MM-DD)')
      .option('--to <date>', 'Articles dated on or before (YYYY-MM-DD)')
      .option('--countries <codes>', 'Only these countries, e.g. EG,RU')
      .option('--source <name>', 'Only this source')
      .option('--language <lang>', 'Only ar or en articles');

  filters(cli.command('agreement', 'The agreement matrix between countries on one issue across the stored corpus'))
    .option('--issue <issue>', 'syria, libya, yemen, palestine, terrorism, ...')
    .option('--json', 'Print the matrix with its evidence as JSON')
    .action((flags: Record<string, unknown>) => {
      result = agreementCommand(flags, io);
    });

  filters(cli.command('export', 'Write every table (articles, positions, agreements, matrix) as CSV or JSON files'))
    .option('--issue <issue>', 'Only this issue')
    .option('--format <format>', 'csv (default) or json')
    .option('--out <dir>', 'Folder to write to (default: ./export)')
    .action((flags: Record<string, unknown>) => {
      result = exportCommand(flags, io);
    });

  cli.help();
  cli.version('0.1.0');
  try {
    cli.parse(['node', 'accord', ...argv], { run: false });
    if (!cli.matchedCommand) {
      if (cli.options.help || cli.options.version) return 0;
      io.err(argv.length === 0 ? 'accord: give a command: analyze FILE... | eval DIR... | ingest PATH... | agreement --issue ISSUE | export | reanalyze (see accord --help)' : `accord: unknown command "${argv[0]}" (see accord --help)`);
      return 2;
    }
    await cli.runMatchedCommand();
    return await result;
  } catch (error) {
    if (error instanceof CliError || error instanceof StanceError) {
      io.err(`accord: ${plainMessage(error)}`);
      return error instanceof CliError && error.code === 'usage' ? 2 : 1;
    }
    // Another package's own error (a database that cannot be opened) says what to do; it is no internal error.
    if (isAccordError(error)) {
      io.err(`accord: ${messageWithCause(error)}`);
      return 1;
    }
    if (error instanceof Error && error.name === 'CACError') {
      io.err(`accord: ${error.message}`);
      return 2;
    }
    io.err(`accord: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function analyzeCommand(paths: string[], flags: Record<string, unknown>, io: Io): Promise<number> {
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
      if (!(error instanceof CliError)) throw error;
      io.err(`accord: ${error.message}`);
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

async function evalCommand(dirs: string[], flags: Record<string, unknown>, io: Io): Promise<number> {
  if (dirs.length === 0) throw new CliError('usage', 'eval needs at least one folder or *.gold.json file');
  const { articles, skipped } = loadGold(dirs, { corpus: flags.corpus as string | undefined });
  for (const s of skipped) io.err(`accord: skipped ${s}`);
  const scores: ArticleScore[] = [];
  for (const { gold, text } of articles) {
    const analysis = analyze({
      text,
      id: gold.id,
      language: gold.language,
      sentences: false,
      ...(gold.date ? { date: gold.date } : {}),
      ...(gold.speaker_country ? { speakerCountry: gold.speaker_country } : {}),
    });
    scores.push(scoreArticle(gold, analysis));
  }
  const byLanguage = new Map<string, ArticleScore[]>();
  for (const s of scores) byLanguage.set(s.language, [...(byLanguage.get(s.language) ?? []), s]);
  const total = summarizeScores(scores);
  const languages = Object.fromEntries([...byLanguage].map(([lang, list]) => [lang, summarizeScores(list)]));
  if (flags.json) {
    io.out(JSON.stringify({ total, languages, articles: scores, skipped }, null, 2));
    return 0;
  }
  io.out(`${'article'.padEnd(44)} ${'stance F1'.padStart(9)} ${'position P/R/F1'.padStart(17)} ${'agreement'.padStart(10)}`);
  for (const s of scores) {
    io.out(`${s.id.slice(0, 44).padEnd(44)} ${fmt(s.stance.f1).padStart(9)} ${`${fmt(s.position.precision)}/${fmt(s.position.recall)}/${fmt(s.position.f1)}`.padStart(17)} ${`${s.agreement.correct}/${s.agreement.total}`.padStart(10)}`);
    if (flags.errors) {
      for (const k of s.missed) io.out(`    missed ${k}`);
      for (const k of s.extra) io.out(`    extra  ${k}`);
      for (const k of s.agreementErrors) io.out(`    agreement ${k}`);
    }
  }
  io.out('');
  for (const [lang, score] of Object.entries(languages)) io.out(summaryLine(`total ${lang}`, score));
  if (Object.keys(languages).length > 1) io.out(summaryLine('total', total));
  return 0;
}

function summaryLine(label: string, s: Score): string {
  return `${label} (${s.articles} articles): stance ${prfText(s.stance)} | position ${prfText(s.position)} | agreement accuracy ${fmt(s.agreement.accuracy)} (${s.agreement.correct}/${s.agreement.total})`;
}

function prfText(p: Prf): string {
  return `P ${fmt(p.precision)} R ${fmt(p.recall)} F1 ${fmt(p.f1)}`;
}

function fmt(x: number): string {
  return x.toFixed(3);
}
