import type { CAC } from 'cac';
import { analyzeCommand } from './analyze-command.js';
import { agreementCommand, exportCommand, reanalyzeCommand } from './corpus-commands.js';
import { evalCommand } from './eval-command.js';
import { ingestCommand } from './ingest-command.js';
import { relationsCommand } from './relations-command.js';
import type { Io } from './io.js';

/**
 * Declares every `accord` command with its flags; `run` receives the running command's exit code.
 *
 * @example
 * registerCommands(cac('accord'), io, (exit) => (result = exit));
 */
export function registerCommands(cli: CAC, io: Io, run: (exit: Promise<number>) => void): void {
  cli
    .command('analyze [...paths]', 'Analyse articles: one JSON for one file, JSON Lines (one per article) for several files, folders or JSON Lines files')
    .option('--pretty', 'Indent the JSON for humans')
    .option('--encoding <label>', 'Decode input as this encoding (utf-8, utf-16le, windows-1256...); detected by default')
    .option('--language <lang>', 'ar or en; detected by default')
    .option('--date <date>', 'Article date (YYYY-MM-DD), used to resolve who held an office')
    .option('--speaker-country <code>', "The whole text is this country's statement (ISO alpha-2 or alpha-3), e.g. a UN General Debate speech")
    .option('--no-sentences', 'Leave sentence spans and speakers out of the output')
    .action((paths: string[], flags: Record<string, unknown>) => {
      run(analyzeCommand(paths, flags, io));
    });

  cli
    .command('eval [...dirs]', 'Score the engine against gold files (*.gold.json)')
    .option('--json', 'Print the scores as JSON')
    .option('--corpus <dir>', 'Folder of the corpus records that gold files name (default: ../shared/corpus)')
    .option('--errors', 'List missed and extra positions and wrong agreement labels per article')
    .action((dirs: string[], flags: Record<string, unknown>) => {
      run(evalCommand(dirs, flags, io));
    });

  cli
    .command(
      'ingest [...paths]',
      'Store and analyse articles: files, folders and .tar.gz archives of .txt, .html, .json and .jsonl; the same text twice is stored once',
    )
    .option('--database <url>', 'file:PATH (SQLite) or postgres://... (default: $DATABASE_URL or file:./data/accord.db)')
    .option('--language <lang>', 'ar or en for every article; detected by default')
    .option('--date <date>', "Date for every article (YYYY-MM-DD); by default each record's own")
    .option('--speaker-country <code>', "Every text is this country's statement (ISO alpha-2 or alpha-3)")
    .option('--name-pattern <pattern>', 'Read speaker country and year from file names: ungd, or e.g. {country}_{*}_{year}')
    .option('--encoding <label>', 'Decode input as this encoding; detected by default')
    .option('--workers <n>', 'Analysis threads (default: cores - 1, at least 1; 0 = none)')
    .option('--json', 'Print the summary as JSON: { ingested, duplicates, failed }')
    .action((paths: string[], flags: Record<string, unknown>) => {
      run(ingestCommand(paths, flags, io));
    });

  registerCorpusCommands(cli, io, run);
}

const database = '--database <url>';
const databaseHelp = 'file:PATH or postgres://... (default: $DATABASE_URL or file:./data/accord.db)';

/** The commands over a stored corpus: reanalyze, agreement, export and relations. */
function registerCorpusCommands(cli: CAC, io: Io, run: (exit: Promise<number>) => void): void {
  cli
    .command('reanalyze', 'Re-read every stored article that an older (or other) engine version analysed')
    .option(database, databaseHelp)
    .option('--workers <n>', 'Analysis threads (default: cores - 1, at least 1)')
    .option('--json', 'Print the summary as JSON')
    .action((flags: Record<string, unknown>) => {
      run(reanalyzeCommand(flags, io));
    });

  const filters = (command: ReturnType<typeof cli.command>) =>
    command
      .option(database, databaseHelp)
      .option('--from <date>', 'Articles dated on or after (YYYY-MM-DD)')
      .option('--to <date>', 'Articles dated on or before (YYYY-MM-DD)')
      .option('--countries <codes>', 'Only these countries, e.g. EG,RU')
      .option('--source <name>', 'Only this source')
      .option('--language <lang>', 'Only ar or en articles');

  filters(cli.command('agreement', 'The agreement matrix between countries on one issue across the stored corpus: alignment, S-score and kappa per pair'))
    .option('--issue <issue>', 'syria, libya, yemen, palestine, terrorism, ...')
    .option('--measure <measure>', 'Order pairs by alignment (default), s or kappa, highest first')
    .option('--json', 'Print the matrix with its evidence as JSON')
    .action((flags: Record<string, unknown>) => {
      run(agreementCommand(flags, io));
    });

  filters(cli.command('export', 'Write every table (articles, positions, agreements, relations, matrix) as CSV or JSON files'))
    .option('--issue <issue>', 'Only this issue')
    .option('--format <format>', 'csv (default) or json')
    .option('--out <dir>', 'Folder to write to (default: ./export)')
    .action((flags: Record<string, unknown>) => {
      run(exportCommand(flags, io));
    });

  // A relation's ends are --source (the stating country) and --target; the outlet is --outlet here.
  cli
    .command('relations', 'Who backs and who blames whom across the stored corpus, one line per relation')
    .option(database, databaseHelp)
    .option('--issue <issue>', 'Only this issue')
    .option('--source <codes>', 'Only relations these countries state, e.g. SA,AE')
    .option('--target <targets>', 'Only relations to these countries or actors, e.g. houthis,YE')
    .option('--from <date>', 'Articles dated on or after (YYYY-MM-DD)')
    .option('--to <date>', 'Articles dated on or before (YYYY-MM-DD)')
    .option('--language <lang>', 'Only ar or en articles')
    .option('--outlet <name>', 'Only this outlet (what agreement and export call --source)')
    .option('--json', 'Print the relation records with their evidence as JSON')
    .action((flags: Record<string, unknown>) => {
      run(relationsCommand(flags, io));
    });
}
