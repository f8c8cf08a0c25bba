import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementMatrix, corpusScope, scopedMatrix, scopeRecords, type AgreementCell, type CellMeasure, type CorpusScope } from '@accord/corpus';
import { countryCodes, issueId, reanalyze } from '@accord/ingest';
import { defaultLexicon } from '@accord/lexicon';
import { everyArticle, openStore, type Store } from '@accord/store';
import { stringify } from 'csv-stringify/sync';
import { CliError, flagValue } from './error.js';
import type { Io } from './io.js';

const text = (value: unknown) => (value === undefined ? undefined : String(value));

/**
 * The corpus filters every query command takes, checked as the API checks them (`corpusScope`).
 *
 * @example
 * corpusFilter({ from: '2015-01-01', countries: 'EGY,ru' }); // { from: '2015-01-01', countries: ['EG', 'RU'] }
 */
export function corpusFilter(flags: Record<string, unknown>): CorpusScope {
  const countries = flags.countries === undefined ? undefined : flagValue('--countries', () => countryCodes(String(flags.countries)));
  const input = { from: text(flags.from), to: text(flags.to), source: text(flags.source), language: text(flags.language), countries };
  return flagValue(undefined, () => corpusScope(input, { name: (field) => `--${field}` }));
}

/** The issue flag, checked against the lexicon; a usage error when required and missing. */
export function issueOf(flags: Record<string, unknown>, required: boolean): string | undefined {
  if (flags.issue === undefined) {
    if (required) throw new CliError('usage', `--issue is required: one of ${[...defaultLexicon().issues.keys()].join(', ')}`);
    return undefined;
  }
  return flagValue('--issue', () => issueId(String(flags.issue)));
}

/** Runs `work` on the store of `--database` (default DATABASE_URL), closing it after. */
export async function withStore<T>(flags: Record<string, unknown>, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: flags.database as string | undefined });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const MEASURES: Record<string, CellMeasure> = { alignment: 'alignment', s: 'sScore', kappa: 'kappa' };

/** `accord agreement --issue ISSUE`: the corpus agreement matrix, as a table or `--json`. */
export async function agreementCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const issue = issueOf(flags, true)!;
  const scope = corpusFilter(flags);
  const measure = MEASURES[String(flags.measure ?? 'alignment')];
  if (!measure) throw new CliError('usage', `--measure must be alignment, s or kappa, not "${String(flags.measure)}"`);
  const matrix = await withStore(flags, (store) => scopedMatrix({ source: store, scope, issue, evidenceLimit: flags.json ? 20 : 0 }));
  if (flags.json) {
    io.out(JSON.stringify(matrix, null, 2));
    return 0;
  }
  if (matrix.cells.length === 0) {
    io.out(`No pair of countries has evidence on ${issue} in this selection.`);
    return 0;
  }
  io.out(
    `${'pair'.padEnd(7)} ${'align'.padStart(6)} ${'S'.padStart(6)} ${'kappa'.padStart(6)} ${'explicit +/-'.padStart(12)} ${'articles'.padStart(8)} ${'stories'.padStart(7)} ${'positions'.padStart(9)}`,
  );
  for (const c of byMeasure(matrix.cells, measure)) {
    io.out(
      `${`${c.a}-${c.b}`.padEnd(7)} ${num(c.alignment).padStart(6)} ${num(c.sScore).padStart(6)} ${num(c.kappa).padStart(6)} ${`${c.explicit.agree}/${c.explicit.disagree}`.padStart(12)} ${String(c.articles).padStart(8)} ${String(c.stories).padStart(7)} ${String(c.positions).padStart(9)}`,
    );
  }
  return 0;
}

/** Highest `measure` first, the pairs without it last; more articles, then the pair's codes, break ties. */
function byMeasure(cells: AgreementCell[], measure: CellMeasure): AgreementCell[] {
  const value = (c: AgreementCell) => c[measure] ?? -Infinity;
  return [...cells].sort((x, y) => value(y) - value(x) || y.articles - x.articles || `${x.a}${x.b}`.localeCompare(`${y.a}${y.b}`));
}

function num(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

/** `accord reanalyze`: re-reads every article a different engine version analysed. */
export async function reanalyzeCommand(flags: Record<string, unknown>, io: Io): Promise<number> {
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  const {
    reanalyzed: done,
    failed,
    engineVersion: version,
  } = await withStore(flags, (store) => reanalyze({ store, workers, onFailure: (f) => io.err(`accord: ${f.origin}: ${f.message}`) }));
  io.out(
    flags.json
      ? JSON.stringify({ reanalyzed: done, failed, engineVersion: version })
      : `reanalyzed ${done} article${done === 1 ? '' : 's'} with engine ${version}${failed ? `, ${failed} failed` : ''}`,
  );
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
    const articles = await everyArticle(store, filter);
    const scope = { ...filter, ...(only ? { issue: only } : {}) };
    // One read of the whole scope serves every issue's matrix, `countries` narrowing only its cells;
    // the tables reuse it unless `countries` narrows them.
    const every = await scopeRecords(store, scope);
    const { countries } = every;
    const [positions, agreements, relations] = countries
      ? await Promise.all([store.positions(scope), store.agreements(scope), store.relations(scope)])
      : [every.positions, every.agreements, every.relations];
    const issues = only ? [only] : [...defaultLexicon().issues.keys()];
    const cells = issues.flatMap((issue) => agreementMatrix({ ...every, issue, evidenceLimit: 0 }).cells);
    mkdirSync(out, { recursive: true });
    const tables: Record<string, Array<Record<string, unknown>>> = {
      articles: articles.map(({ id, externalId, title, language, date, source, url, storyId, engineVersion: engine, ingestedAt }) => ({
        id,
        externalId,
        title,
        language,
        date,
        source,
        url,
        storyId,
        engineVersion: engine,
        ingestedAt,
      })),
      positions: positions.map(({ evidence, ...p }) => ({
        ...p,
        evidence: evidence.map((e) => e.text).join(' | '),
        spans: evidence.map((e) => `${e.start}-${e.end}`).join(' '),
      })),
      agreements: agreements.map(({ evidence, ...a }) => ({ ...a, evidence: evidence.map((e) => e.text).join(' | ') })),
      relations: relations.map(({ evidence, ...r }) => ({
        ...r,
        evidence: evidence.map((e) => e.text).join(' | '),
        spans: evidence.map((e) => `${e.start}-${e.end}`).join(' '),
      })),
      matrix: cells.map(({ evidence: _evidence, explicit, alignmentParts, ...c }) => ({
        ...c,
        explicitAgree: explicit.agree,
        explicitDisagree: explicit.disagree,
        explicitShare: explicit.share,
        // What moved the alignment, largest first: `relation:houthis -0.210 | position:ceasefire +0.040`.
        alignmentParts:
          format === 'json'
            ? alignmentParts.map(({ evidence: _spans, ...part }) => part)
            : alignmentParts.map((p) => `${p.kind}:${p.key} ${p.contribution >= 0 ? '+' : ''}${p.contribution.toFixed(3)}`).join(' | '),
      })),
    };
    for (const [name, rows] of Object.entries(tables)) {
      const file = join(out, `${name}.${format}`);
      writeFileSync(
        file,
        format === 'json'
          ? `${JSON.stringify(rows, null, 1)}\n`
          : stringify(rows, { header: true, columns: columnsOf(rows), cast: { boolean: (v) => String(v) } }),
      );
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
