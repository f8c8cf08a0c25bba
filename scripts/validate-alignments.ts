/**
 * Scores corpus agreement measures against documented alignments (fixtures/alignments.json): each
 * ordering says that on an issue one pair of countries is closer than another ("on Yemen, SA–AE is
 * closer than SA–IR"). A measure gets an ordering right when it scores the closer pair strictly
 * higher; a tie or a pair it cannot score counts as wrong and is reported apart. Chance is 0.5.
 * Usage: tsx scripts/validate-alignments.ts [--file fixtures/alignments.json] [--measures s,kappa,...]
 *        [--scope all|speeches] [--every] [--db file:/tmp/accord-corpus.db] [--json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultLexicon } from '@accord/lexicon';
import { openAnalyzedCorpus } from './lib/analyzed-corpus.js';
import { openCorpus, pairKey, parsePeriod, periodLabel, type CorpusReader, type Period, type TextScope } from './lib/corpus-reader.js';
import { pickMeasures, type Measure } from './lib/measures.js';
import { fmt } from './lib/stats.js';

const { values: opts } = parseArgs({
  options: {
    file: { type: 'string', default: fileURLToPath(new URL('../fixtures/alignments.json', import.meta.url)) },
    measures: { type: 'string' },
    scope: { type: 'string', default: 'all' },
    every: { type: 'boolean', default: false },
    db: { type: 'string' },
    analyze: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

interface Ordering {
  issue: string;
  closer: [string, string];
  than: [string, string];
  period?: string;
  reason: string;
}
type Outcome = 'right' | 'wrong' | 'tie' | 'missing';
interface Result {
  outcome: Outcome;
  closer: number | null;
  than: number | null;
}
const MARK: Record<Outcome, string> = { right: '+', wrong: 'x', tie: '=', missing: '.' };

const fail = (message: string) => {
  console.error(message);
  process.exitCode = 2;
};

/** The orderings, or a message naming the first malformed one. */
function readOrderings(file: string): Ordering[] | string {
  const issues = defaultLexicon().issues;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { orderings?: Ordering[] };
  const isPair = (p: unknown) => Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c)) && p[0] !== p[1];
  for (const [i, o] of (data.orderings ?? []).entries()) {
    const problem = !issues.has(o.issue)
      ? `issue '${o.issue}' is not in the lexicon`
      : !isPair(o.closer) || !isPair(o.than)
        ? 'closer and than must each be two different ISO alpha-2 codes'
        : pairKey(...o.closer) === pairKey(...o.than)
          ? 'closer and than are the same pair'
          : o.period !== undefined && !parsePeriod(o.period)
            ? `period '${o.period}' is not YYYY-YYYY`
            : !o.reason
              ? 'it gives no reason'
              : null;
    if (problem) return `${file}: ordering ${i + 1} (${o.issue} ${o.closer} > ${o.than}): ${problem}.`;
  }
  return data.orderings ?? [];
}

async function main(): Promise<void> {
  const measures = pickMeasures(opts.measures),
    scope = opts.scope as TextScope;
  if (typeof measures === 'string') return fail(measures);
  if (scope !== 'speeches' && scope !== 'all') return fail("--scope is 'all' (every source, default) or 'speeches' (the UN General Debate only).");
  const orderings = readOrderings(opts.file!);
  if (typeof orderings === 'string') return fail(orderings);
  // --analyze: the UN speeches of 2011–2019 read by this checkout's engine, no store.
  const corpus = opts.analyze ? openAnalyzedCorpus() : await openCorpus(opts.db ? { url: opts.db } : {});
  try {
    const stats = corpus.store ? await corpus.store.stats() : { positions: 1 };
    if (stats.positions === 0) return console.log('Skipped: the store holds no positions. Ingest ../shared/corpus first (docs/validation.md), and pass --db.');
    const report = await judge({ corpus, orderings, measures, scope });
    if (opts.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
  } finally {
    await corpus.close();
  }
}

/** Every ordering under every measure, each measure computed once per (issue, period). */
async function judge({ corpus, orderings, measures, scope }: { corpus: CorpusReader; orderings: Ordering[]; measures: Measure[]; scope: TextScope }) {
  const cache = new Map<string, Promise<Map<string, number>>>();
  const scores = (m: Measure, issue: string, period: Period | null) => {
    const key = `${m.id}|${issue}|${periodLabel(period)}`;
    return cache.get(key) ?? cache.set(key, m.score({ corpus, issue, period, scope })).get(key)!;
  };
  const rows: Array<Ordering & { results: Record<string, Result> }> = [];
  for (const o of orderings) {
    const period = o.period ? parsePeriod(o.period) : null;
    const results: Record<string, Result> = {};
    for (const m of measures) {
      const s = await scores(m, o.issue, period);
      const closer = s.get(pairKey(...o.closer)) ?? null,
        than = s.get(pairKey(...o.than)) ?? null;
      const outcome: Outcome = closer === null || than === null ? 'missing' : closer > than ? 'right' : closer === than ? 'tie' : 'wrong';
      results[m.id] = { outcome, closer, than };
    }
    rows.push({ ...o, results });
  }
  const issues = [...new Set(orderings.map((o) => o.issue))];
  const tally = (subset: typeof rows, id: string) => {
    const count = (k: Outcome) => subset.filter((r) => r.results[id]!.outcome === k).length;
    return {
      n: subset.length,
      right: count('right'),
      wrong: count('wrong'),
      tie: count('tie'),
      missing: count('missing'),
      share: subset.length ? count('right') / subset.length : null,
    };
  };
  return {
    file: opts.file,
    scope,
    orderings: rows.length,
    measures: measures.map((m) => ({
      id: m.id,
      label: m.label,
      probe: m.probe ?? false,
      overall: tally(rows, m.id),
      byIssue: Object.fromEntries(
        issues.map((i) => [
          i,
          tally(
            rows.filter((r) => r.issue === i),
            m.id,
          ),
        ]),
      ),
      // Right among the orderings the measure could score: how it orders when it has the evidence.
      shareWhereScored: (() => {
        const t = tally(rows, m.id);
        return t.n - t.missing ? t.right / (t.n - t.missing) : null;
      })(),
    })),
    rows,
  };
}

function printReport(r: Awaited<ReturnType<typeof judge>>): void {
  const issues = Object.keys(r.measures[0]?.byIssue ?? {});
  console.log(`${r.orderings} documented orderings (${r.file}), text scope: ${r.scope}. Share right (ties and unscored pairs count as wrong); chance 0.5.`);
  console.log(`measure              overall  ${issues.map((i) => i.padStart(10)).join('')}   wrong  ties  unscored  right where scored`);
  for (const m of r.measures) {
    const o = m.overall;
    console.log(
      `${(m.label + (m.probe ? ' *' : '')).padEnd(20)} ${fmt(o.share, 2).padStart(7)}  ${issues.map((i) => `${m.byIssue[i]!.right}/${m.byIssue[i]!.n}`.padStart(10)).join('')}   ${String(o.wrong).padStart(5)}  ${String(o.tie).padStart(4)}  ${String(o.missing).padStart(8)}  ${fmt(m.shareWhereScored, 2).padStart(18)}`,
    );
  }
  console.log(
    `(* a probe tried in the scripts only. Marks below: ${Object.entries(MARK)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}; columns in the order above.)`,
  );
  const shown = opts.every ? r.rows : r.rows.filter((row) => Object.values(row.results).some((x) => x.outcome !== 'right'));
  console.log(`\n${opts.every ? 'Every ordering' : 'Orderings some measure misses'} (the first measure's two scores in brackets):`);
  for (const row of shown) {
    const marks = r.measures.map((m) => MARK[row.results[m.id]!.outcome]).join('');
    const first = row.results[r.measures[0]!.id]!;
    console.log(
      `${marks}  ${row.issue.padEnd(9)} ${row.closer.join('-')} > ${row.than.join('-')}${row.period ? ` (${row.period})` : ''}  [${fmt(first.closer, 2)} vs ${fmt(first.than, 2)}]`,
    );
  }
}

await main();
