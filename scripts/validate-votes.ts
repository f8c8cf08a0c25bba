/**
 * Holds text-derived agreement against agreement in UN General Assembly roll-call votes on the same
 * issue, pair by pair, for every measure in scripts/lib/measures.ts side by side. Votes are not gold
 * labels: a vote and a speech are different acts, so this checks direction, not a score.
 * Usage: tsx scripts/validate-votes.ts [--issue palestine,syria] [--from 2011] [--to 2019] [--min-votes N]
 *        [--scope speeches|all] [--measures s,kappa,tfidf,...] [--gaps s] [--db file:/tmp/accord-corpus.db | --analyze] [--json]
 *        (the store: --db, else DATABASE_URL; ACCORD_CORPUS overrides ../shared/corpus)
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { openAnalyzedCorpus } from './lib/analyzed-corpus.js';
import { corpusAbsent, openCorpus, pairKey, sharedCorpusDir, type CorpusReader, type Period, type TextScope } from './lib/corpus-reader.js';
import { pickMeasures, type Measure } from './lib/measures.js';
import { correlate, fmt, mean, ranks, sd } from './lib/stats.js';

const VOTE_FILES = { votes: 'un_votes.csv.gz', calls: 'un_roll_calls.csv', issues: 'un_roll_call_issues.csv' };
// The twelve General Assembly resolutions on the Syrian Arab Republic itself in Voeten's data, 2011–2019
// (the Golan and occupied-territory votes are about Israel, and are left out). 66/253 B (August 2012)
// and 67/262 (May 2013) were adopted too but are not in the data.
const SYRIA_ROLL_CALLS: Record<string, string> = {
  5135: 'A/RES/66/176 (2011) Situation of human rights in the Syrian Arab Republic',
  5180: 'A/RES/66/253 (2012) The situation in the Syrian Arab Republic',
  5241: 'A/RES/67/183 (2012) Situation of human rights in the Syrian Arab Republic',
  5291: 'A/RES/68/182 (2013) Situation of human rights in the Syrian Arab Republic',
  5378: 'A/RES/69/189 (2014) Situation of human rights in the Syrian Arab Republic',
  5465: 'A/RES/70/234 (2015) Situation of human rights in the Syrian Arab Republic',
  5487: 'A/RES/71/203 (2016) Situation of human rights in the Syrian Arab Republic',
  5495: 'A/RES/71/248 (2016) International, Impartial and Independent Mechanism ... crimes committed in the Syrian Arab Republic',
  5545: 'A/RES/71/130 (2016) The situation in the Syrian Arab Republic',
  5556: 'A/RES/72/191 (2017) Situation of human rights in the Syrian Arab Republic',
  6124: 'A/RES/73/182 (2018) Situation of human rights in the Syrian Arab Republic',
  9121: 'A/RES/74/169 (2019) Situation of human rights in the Syrian Arab Republic',
};
// Only `me` (Palestinian conflict) among the data's issue codes is one of Accord's issues; Syria is a fixed list.
const VOTE_SOURCES: Record<string, { describe: string; code?: string; rcids?: Set<string> }> = {
  palestine: { describe: "issue code 'me' (Palestinian conflict)", code: 'me' },
  syria: { describe: 'the General Assembly resolutions on the Syrian Arab Republic (Golan excluded)', rcids: new Set(Object.keys(SYRIA_ROLL_CALLS)) },
};
// Voeten's data keeps Serbia under Yugoslavia's COW code (YU); the store has Serbia as RS.
const CODE_ALIASES: Record<string, string> = { YU: 'RS' };
const VOTE_VALUE: Record<string, number> = { yes: 1, abstain: 2, no: 3 };
const POLAR_SHARE = 0.25;

const { values: opts } = parseArgs({
  options: {
    issue: { type: 'string', default: 'palestine,syria' },
    from: { type: 'string', default: '2011' },
    to: { type: 'string', default: '2019' },
    'min-votes': { type: 'string' },
    scope: { type: 'string', default: 'speeches' },
    measures: { type: 'string' },
    gaps: { type: 'string', default: 's' },
    db: { type: 'string' },
    analyze: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const path = (file: string) => join(sharedCorpusDir(), file);

type Row = Record<string, string>;
interface VotePair {
  agreement: number;
  voteS: number;
  common: number;
}

/** The roll calls of the issue, with their titles, dated within the years. */
function selectRollCalls(issue: string, period: Period): Map<string, string> {
  const source = VOTE_SOURCES[issue]!;
  const onIssue =
    source.rcids ??
    new Set((parseSync(readFileSync(path(VOTE_FILES.issues)), { columns: true }) as Row[]).filter((r) => r.short_name === source.code).map((r) => r.rcid!));
  const calls = parseSync(readFileSync(path(VOTE_FILES.calls)), { columns: true }) as Row[];
  const inYears = (r: Row) => Number(r.date!.slice(0, 4)) >= period.from && Number(r.date!.slice(0, 4)) <= period.to;
  return new Map(calls.filter((r) => onIssue.has(r.rcid!) && inYears(r)).map((r) => [r.rcid!, SYRIA_ROLL_CALLS[r.rcid!] ?? `${r.unres} ${r.date}`]));
}

/** rcid -> country -> 1 (yes), 2 (abstain), 3 (no), for every roll call asked for; streamed, since the file holds 870k votes since 1946. */
async function readVotes(rollCalls: Set<string>): Promise<Map<string, Map<string, number>>> {
  const byCall = new Map<string, Map<string, number>>();
  // pipeline, not .pipe: a corrupt .gz then fails the loop below instead of leaving it waiting.
  const rows = pipeline(createReadStream(path(VOTE_FILES.votes)), createGunzip(), parse({ columns: true }), () => {});
  for await (const r of rows as AsyncIterable<Row>) {
    const value = VOTE_VALUE[r.vote!];
    if (!rollCalls.has(r.rcid!) || value === undefined) continue;
    (byCall.get(r.rcid!) ?? byCall.set(r.rcid!, new Map()).get(r.rcid!)!).set(CODE_ALIASES[r.country_code!] ?? r.country_code!, value);
  }
  return byCall;
}

/** Per pair: mean of 1 - |a-b|/2 over roll calls both voted in (absent members cast no vote). */
function voteAgreement(byCall: Map<string, Map<string, number>>): Map<string, VotePair> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const votes of byCall.values()) {
    const cast = [...votes];
    for (let i = 0; i < cast.length; i++)
      for (let j = i + 1; j < cast.length; j++) {
        const key = pairKey(cast[i]![0], cast[j]![0]);
        const s = sums.get(key) ?? sums.set(key, { sum: 0, n: 0 }).get(key)!;
        s.sum += 1 - Math.abs(cast[i]![1] - cast[j]![1]) / 2;
        s.n++;
      }
  }
  // Unweighted S-score over common roll calls, d_max = 2 per call, is exactly 2·agreement − 1:
  // reported for comparison with the text S, but its correlations are those of the agreement.
  return new Map([...sums].map(([k, s]) => [k, { agreement: s.sum / s.n, voteS: (2 * s.sum) / s.n - 1, common: s.n }]));
}

/** Countries voting no on at least a quarter of the roll calls they attended: they carry most of the vote variance. */
function dissenters(byCall: Map<string, Map<string, number>>): Set<string> {
  const cast = new Map<string, number>(),
    no = new Map<string, number>();
  for (const votes of byCall.values())
    for (const [c, v] of votes) {
      cast.set(c, (cast.get(c) ?? 0) + 1);
      if (v === VOTE_VALUE.no) no.set(c, (no.get(c) ?? 0) + 1);
    }
  return new Set(
    [...cast]
      .filter(([c, n]) => (no.get(c) ?? 0) >= POLAR_SHARE * n)
      .map(([c]) => c)
      .sort(),
  );
}

const fail = (message: string) => {
  console.error(message);
  process.exitCode = 2;
};

async function main(): Promise<void> {
  const issues = opts
    .issue!.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const period = { from: Number(opts.from), to: Number(opts.to) },
    scope = opts.scope as TextScope;
  const measures = pickMeasures(opts.measures);
  if (![opts.from, opts.to].every((y) => /^\d{4}$/.test(y!)) || period.from > period.to) return fail('--from and --to take years (2011), from before to.');
  if (opts['min-votes'] !== undefined && !/^\d+$/.test(opts['min-votes'])) return fail('--min-votes takes a whole number.');
  if (scope !== 'speeches' && scope !== 'all') return fail("--scope is 'speeches' (the UN General Debate, default) or 'all' (every source).");
  if (typeof measures === 'string') return fail(measures);
  const unknown = issues.filter((i) => !VOTE_SOURCES[i]);
  if (unknown.length > 0) return fail(`No UN roll calls are chosen for ${unknown.join(', ')}; there are for ${Object.keys(VOTE_SOURCES).join(', ')}.`);
  const absent = corpusAbsent(Object.values(VOTE_FILES));
  if (absent) return console.log(absent);

  const rollCalls = new Map(issues.map((issue) => [issue, selectRollCalls(issue, period)]));
  const votes = await readVotes(new Set([...rollCalls.values()].flatMap((m) => [...m.keys()])));
  // --analyze: the UN speeches of 2011–2019 read by this checkout's engine, no store.
  const corpus = opts.analyze ? openAnalyzedCorpus() : await openCorpus(opts.db ? { url: opts.db } : {});
  try {
    const reports = [];
    for (const issue of issues) {
      const calls = rollCalls.get(issue)!;
      const listed = VOTE_SOURCES[issue]!.rcids;
      if (listed && period.from <= 2011 && period.to >= 2019 && calls.size !== listed.size)
        console.warn(`${issue}: ${listed.size} roll calls are listed but the data holds ${calls.size} of them in ${period.from}–${period.to}.`);
      const byCall = new Map([...votes].filter(([rcid]) => calls.has(rcid)));
      // 20 common roll calls on Palestine's 143; two thirds of the Syria twelve.
      const minVotes = opts['min-votes'] !== undefined ? Number(opts['min-votes']) : Math.min(20, Math.ceil((2 * calls.size) / 3));
      const positions = await corpus.positions(issue, period, scope);
      if (positions.length === 0)
        console.warn(`The store holds no '${issue}' positions in ${period.from}–${period.to} (scope ${scope}): is the corpus ingested?`);
      reports.push(await compare({ corpus, issue, period, scope, measures, calls, minVotes, votes: voteAgreement(byCall), dissent: dissenters(byCall) }));
    }
    if (opts.json) console.log(JSON.stringify(reports, null, 2));
    else for (const r of reports) printReport(r);
  } finally {
    await corpus.close();
  }
}

interface Inputs {
  corpus: CorpusReader;
  issue: string;
  period: Period;
  scope: TextScope;
  measures: Measure[];
  calls: Map<string, string>;
  minVotes: number;
  votes: Map<string, VotePair>;
  dissent: Set<string>;
}

/** Every measure against the votes over the pairs it scores, over the polar pairs, and over the pairs every measure scores. */
async function compare({ corpus, issue, period, scope, measures, calls, minVotes, votes, dissent }: Inputs) {
  const voted = new Map([...votes].filter(([, v]) => v.common >= minVotes));
  const scores = new Map<string, Map<string, number>>();
  for (const m of measures) scores.set(m.id, await m.score({ corpus, issue, period, scope }));
  const isPolar = (key: string) => key.split('|').some((c) => dissent.has(c));
  const against = (keys: string[], s: Map<string, number>) =>
    correlate(
      keys.map((k) => s.get(k)!),
      keys.map((k) => voted.get(k)!.agreement),
    );
  const common = [...voted.keys()].filter((k) => measures.every((m) => scores.get(m.id)!.has(k)));
  const rows = measures.map((m) => {
    const s = scores.get(m.id)!,
      keys = [...voted.keys()].filter((k) => s.has(k)),
      polar = keys.filter(isPolar);
    return {
      id: m.id,
      label: m.label,
      probe: m.probe ?? false,
      pairsScored: s.size,
      all: against(keys, s),
      polar: against(polar, s),
      common: against(common, s),
      commonPolar: against(common.filter(isPolar), s),
    };
  });
  const agreement = [...voted.values()].map((v) => v.agreement),
    m = mean(agreement);
  const polarKeys = [...voted.keys()].filter(isPolar);
  return {
    issue,
    votes: VOTE_SOURCES[issue]!.describe,
    years: `${period.from}–${period.to}`,
    scope,
    minVotes,
    rollCalls: calls.size,
    rollCallList: issue === 'syria' ? [...calls].map(([rcid, title]) => ({ rcid, title })) : undefined,
    pairsWithVotes: voted.size,
    commonPairs: common.length,
    polar: {
      countries: [...dissent],
      pairs: polarKeys.length,
      varianceShare: polarKeys.reduce((s, k) => s + (voted.get(k)!.agreement - m) ** 2, 0) / agreement.reduce((s, a) => s + (a - m) ** 2, 0),
    },
    spread: { voteMean: m, voteSd: sd(agreement), voteShareAbove95: agreement.filter((a) => a >= 0.95).length / agreement.length },
    measures: rows,
    largestGaps: scores.has(opts.gaps!) ? largestGaps(scores.get(opts.gaps!)!, voted, 10) : [],
  };
}

/** Where one measure's ordering and the votes' differ most: percentile rank on the measure minus on votes. */
function largestGaps(score: Map<string, number>, votes: Map<string, VotePair>, k: number) {
  const keys = [...votes.keys()].filter((key) => score.has(key));
  const rt = ranks(keys.map((key) => score.get(key)!)),
    rv = ranks(keys.map((key) => votes.get(key)!.agreement));
  return keys
    .map((key, i) => ({ pair: key.replace('|', '-'), measure: score.get(key)!, ...votes.get(key)!, rankGap: (rt[i]! - rv[i]!) / keys.length }))
    .sort((x, y) => Math.abs(y.rankGap) - Math.abs(x.rankGap))
    .slice(0, k);
}

function printReport(r: Awaited<ReturnType<typeof compare>>): void {
  console.log(
    `\n== ${r.issue}: text (${r.scope === 'speeches' ? 'UN General Debate speeches' : 'every source'}) vs UN votes, ${r.years}; ${r.votes}: ${r.rollCalls} roll calls`,
  );
  for (const c of r.rollCallList ?? []) console.log(`   ${c.rcid}  ${c.title}`);
  const p = r.polar;
  console.log(
    `pairs with ≥${r.minVotes} common roll calls: ${r.pairsWithVotes}; vote agreement mean ${fmt(r.spread.voteMean)}, sd ${fmt(r.spread.voteSd)}, ${(100 * r.spread.voteShareAbove95).toFixed(0)}% of pairs ≥ 0.95`,
  );
  console.log(
    `polar countries (no on ≥${100 * POLAR_SHARE}% of roll calls): ${p.countries.join(', ')}; their ${p.pairs} pairs hold ${(100 * p.varianceShare).toFixed(0)}% of the vote variance`,
  );
  console.log(`Spearman ρ with vote agreement (Pearson in brackets); "common" = the ${r.commonPairs} pairs every measure scores`);
  console.log('measure              pairs   ρ all            polar   ρ polar          | ρ common  ρ common polar');
  for (const m of r.measures) {
    const cell = (c: typeof m.all) => `${fmt(c.spearman).padStart(6)} (${fmt(c.pearson, 2).padStart(5)})`;
    console.log(
      `${(m.label + (m.probe ? ' *' : '')).padEnd(20)} ${String(m.all.n).padStart(5)}  ${cell(m.all)}  ${String(m.polar.n).padStart(6)}  ${cell(m.polar)}  | ${fmt(m.common.spearman).padStart(8)}  ${fmt(m.commonPolar.spearman).padStart(8)}`,
    );
  }
  console.log(
    '(* a probe tried in the scripts only; vote S-score = 2·agreement − 1, so its correlations are the same. Pairs share countries: n pairs are not n independent observations.)',
  );
  if (r.largestGaps.length === 0) return;
  console.log(`\nThe ${r.largestGaps.length} pairs where '${opts.gaps}' and votes disagree most (rank gap = percentile on the measure − on votes):`);
  console.log('pair     measure  vote agr  roll calls  rank gap');
  for (const g of r.largestGaps)
    console.log(
      `${g.pair.padEnd(8)} ${fmt(g.measure, 2).padStart(7)}  ${fmt(g.agreement).padStart(8)}  ${String(g.common).padStart(10)}  ${fmt(g.rankGap, 2).padStart(8)}`,
    );
}

await main();
