import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementMatrix } from '@accord/corpus';
import { countryCodes, reanalyze } from '@accord/ingest';
import { defaultLexicon } from '@accord/lexicon';
import { openStore, type CorpusFilter, type Store } from '@accord/store';
import { stringify } from 'csv-stringify/sync';
import { CliError, flagValue } from './error.js';
import type { Io } from './io.js';

/** The corpus filters every query command takes, checked once. */
export function corpusFilter(flags: Record<string, unknown>): CorpusFilter {
  const filter: CorpusFilter = {};
  for (const key of ['from', 'to'] as const) {
    const value = flags[key];
    if (value === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value))) throw new CliError('usage', `--${key} must be YYYY-MM-DD, not "${String(value)}"`);
    filter[key] = String(value);
  }
  if (filter.from && filter.to && filter.from > filter.to) throw new CliError('usage', `--from ${filter.from} is after --to ${filter.to}: swap them, or leave one out`);
  if (flags.source !== undefined) filter.source = String(flags.source);
  if (flags.language !== undefined) {
    if (flags.language !== 'ar' && flags.language !== 'en') throw new CliError('usage', `--language must be ar or en, not "${String(flags.language)}"`);
    filter.language = flags.language;
  }
  if (flags.countries !== undefined) filter.countries = flagValue('--countries', () => countryCodes(String(flags.countries)));
  return filter;
}

function issueOf(flags: Record<string, unknown>, required: boolean): string | undefined {
  const issues = defaultLexicon().issues;
  if (flags.issue === undefined) {
    if (required) throw new CliError('usage', `--issue is required: one of ${[...issues.keys()].join(', ')}`);
    return undefined;
  }
  const issue = String(flags.issue);
  if (!issues.has(issue)) throw new CliError('usage', `--issue: unknown issue "${issue}"; one of ${[...issues.keys()].join(', ')}`);
  return issue;
}

async function withStore<T>(flags: Record<string, unknown>, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: flags.database as string | undefined });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `accord agreement --issue ISSUE`: the corpus agreement matrix, as a table or `--json`. */
export async function agreementCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const issue = issueOf(flags, true)!;
  const { countries, ...filter } = corpusFilter(flags);
  const matrix = await withStore(flags, async (store) => {
    // Kappa's chance needs every country on the issue, so `countries` narrows the cells, not the query.
    const [positions, agreements] = await Promise.all([store.positions({ ...filter, issue }), store.agreements({ ...filter, issue })]);
    return agreementMatrix({ positions, agreements, issue, ...(countries ? { countries } : {}), evidenceLimit: flags.json ? 20 : 0 });
  });
  if (flags.json) {
    io.out(JSON.stringify(matrix, null, 2));
    return 0;
  }
  if (matrix.cells.length === 0) {
    io.out(`No pair of countries has evidence on ${issue} in this selection.`);
    return 0;
  }
  io.out(`${'pair'.padEnd(7)} ${'S'.padStart(6)} ${'kappa'.padStart(6)} ${'explicit +/-'.padStart(12)} ${'articles'.padStart(8)} ${'stories'.padStart(7)} ${'positions'.padStart(9)}`);
  const sorted = [...matrix.cells].sort((x, y) => y.articles - x.articles || `${x.a}${x.b}`.localeCompare(`${y.a}${y.b}`));
  for (const c of sorted) {
    io.out(`${`${c.a}-${c.b}`.padEnd(7)} ${num(c.sScore).padStart(6)} ${num(c.kappa).padStart(6)} ${`${c.explicit.agree}/${c.explicit.disagree}`.padStart(12)} ${String(c.articles).padStart(8)} ${String(c.stories).padStart(7)} ${String(c.positions).padStart(9)}`);
  }
  return 0;
}

function num(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

/** `accord reanalyze`: re-reads every article a different engine version analysed. */
export async function reanalyzeCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  const { reanalyzed: done, failed, engineVersion: version } = await withStore(flags, (store) => reanalyze({ store, workers, onFailure: (f) => io.err(`accord: ${f.origin}: ${f.message}`) }));
  io.out(flags.json ? JSON.stringify({ reanalyzed: done, failed, engineVersion: version }) : `reanalyzed ${done} article${done === 1 ? '' : 's'} with engine ${version}${failed ? `, ${failed} failed` : ''}`);
  return failed > 0 ? 1 : 0;
}

/** `accord export --out DIR`: every table as CSV (default) or JSON, for pandas or R. */
export async function exportCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(flags.format ?? 'csv');
  if (format !== 'csv' && format !== 'json') throw new CliError('usage', `--format must be csv or json, not "${format}"`);
  const out = String(flags.out ?? 'export');
  const filter = corpusFilter(flags);
  const only = issueOf(flags, false);
  const written = await withStore(flags, async (store) => {
    const articles = [];
    for (let cursor: string | null = null; ; ) {
      const page = await store.listArticles({ ...filter, cursor, limit: 500 });
      articles.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const { countries, ...wide } = filter;
    const scope = { ...wide, ...(only ? { issue: only } : {}) };
    // One read serves every issue's matrix; kappa's chance needs every country, so it leaves
    // `countries` out, and the tables reuse it unless `countries` narrows them.
    const [everyPosition, everyAgreement] = await Promise.all([store.positions(scope), store.agreements(scope)]);
    const [positions, agreements] = countries ? await Promise.all([store.positions({ ...scope, countries }), store.agreements({ ...scope, countries })]) : [everyPosition, everyAgreement];
    const issues = only ? [only] : [...defaultLexicon().issues.keys()];
    const cells = issues.flatMap((issue) => agreementMatrix({ positions: everyPosition, agreements: everyAgreement, issue, ...(countries ? { countries } : {}), evidenceLimit: 0 }).cells);
    mkdirSync(out, { recursive: true });
    const tables: Record<string, Array<Record<string, unknown>>> = {
      articles: articles.map(({ id, externalId, title, language, date, source, url, storyId, engineVersion: engine, ingestedAt }) => ({ id, externalId, title, language, date, source, url, storyId, engineVersion: engine, ingestedAt })),
      positions: positions.map(({ evidence, ...p }) => ({ ...p, evidence: evidence.map((e) => e.text).join(' | '), spans: evidence.map((e) => `${e.start}-${e.end}`).join(' ') })),
      agreements: agreements.map(({ evidence, ...a }) => ({ ...a, evidence: evidence.map((e) => e.text).join(' | ') })),
      matrix: cells.map(({ evidence: _evidence, explicit, ...c }) => ({ ...c, explicitAgree: explicit.agree, explicitDisagree: explicit.disagree, explicitShare: explicit.share })),
    };
    for (const [name, rows] of Object.entries(tables)) {
      const file = join(out, `${name}.${format}`);
      writeFileSync(file, format === 'json' ? `${JSON.stringify(rows, null, 1)}\n` : stringify(rows, { header: true, columns: columnsOf(rows), cast: { boolean: (v) => String(v) } }));
      io.err(`accord: wrote ${file} (${rows.length} rows)`);
    }
    return Object.keys(tables).length;
  });
  io.out(`exported ${written} tables to ${out}/`);
  return 0;
}

function columnsOf(rows: Array<Record<string, unknown>>): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r)))];
}
