/**
 * Holds text-derived agreement (UN General Debate speeches in the store) against agreement in UN
 * General Assembly roll-call votes on the same issue, pair by pair. Votes are not gold labels: a
 * vote and a speech are different acts, so this is a sanity check on direction, not a score.
 * Usage: tsx scripts/validate-votes.ts [--issue palestine] [--from 2011] [--to 2019] [--min-votes 20]
 *        [--db file:/tmp/c2.db] [--json]   (the store: --db, else DATABASE_URL; ACCORD_CORPUS overrides ../shared/corpus)
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { agreementMatrix, type AgreementCell } from '@accord/corpus';
import { openStore } from '@accord/store';

// Only `me` (Palestinian conflict) is about one of Accord's issues. The other codes (di, hr, co, nu,
// ec) are themes, not conflicts: `hr` holds the Syria resolutions but among many others.
const VOTE_CODES: Record<string, string> = { palestine: 'me' };
const NO_VOTE_CODE = ['syria', 'libya', 'yemen', 'terrorism'];
const UNGD_SOURCE = 'ungdc_2011_2024';
// Voeten's data keeps Serbia under Yugoslavia's COW code (YU); the store has Serbia as RS.
const CODE_ALIASES: Record<string, string> = { YU: 'RS' };
const VOTE_VALUE: Record<string, number> = { yes: 1, abstain: 2, no: 3 };

const { values: opts } = parseArgs({
  options: {
    issue: { type: 'string', default: 'palestine' }, from: { type: 'string', default: '2011' }, to: { type: 'string', default: '2019' },
    'min-votes': { type: 'string', default: '20' }, db: { type: 'string' }, json: { type: 'boolean', default: false },
  },
});
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = resolve(process.env.ACCORD_CORPUS ?? join(repoRoot, '../shared/corpus'));
const files = { votes: join(corpusDir, 'un_votes.csv.gz'), calls: join(corpusDir, 'un_roll_calls.csv'), issues: join(corpusDir, 'un_roll_call_issues.csv') };

type Row = Record<string, string>;
interface VotePair { agreement: number; voteS: number; common: number }
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** The roll calls tagged with the vote code, dated within the years. */
function selectRollCalls(code: string, from: string, to: string): Set<string> {
  const onIssue = new Set((parseSync(readFileSync(files.issues), { columns: true }) as Row[]).filter((r) => r.short_name === code).map((r) => r.rcid));
  const calls = parseSync(readFileSync(files.calls), { columns: true }) as Row[];
  return new Set(calls.filter((r) => onIssue.has(r.rcid) && r.date!.slice(0, 4) >= from && r.date!.slice(0, 4) <= to).map((r) => r.rcid!));
}

/** rcid -> country -> 1 (yes), 2 (abstain), 3 (no); streamed, since the file holds 870k votes since 1946. */
async function readVotes(rollCalls: Set<string>): Promise<Map<string, Map<string, number>>> {
  const byCall = new Map<string, Map<string, number>>();
  // pipeline, not .pipe: a corrupt .gz then fails the loop below instead of leaving it waiting.
  const rows = pipeline(createReadStream(files.votes), createGunzip(), parse({ columns: true }), () => {});
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
    for (let i = 0; i < cast.length; i++) for (let j = i + 1; j < cast.length; j++) {
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

/** Countries voting no on at least a quarter of the roll calls they attended: on `me`, they carry most of the vote variance. */
function dissenters(byCall: Map<string, Map<string, number>>): Set<string> {
  const cast = new Map<string, number>(), no = new Map<string, number>();
  for (const votes of byCall.values()) for (const [c, v] of votes) {
    cast.set(c, (cast.get(c) ?? 0) + 1);
    if (v === VOTE_VALUE.no) no.set(c, (no.get(c) ?? 0) + 1);
  }
  return new Set([...cast].filter(([c, n]) => (no.get(c) ?? 0) >= 0.25 * n).map(([c]) => c).sort());
}

/** Ranks from 1, ties sharing their mean rank (vote agreement has many ties near 1). */
function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length, mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; syy += (ys[i]! - my) ** 2; }
  return n < 3 || sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[], m = mean(xs)) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
const spearman = (xs: number[], ys: number[]) => pearson(ranks(xs), ranks(ys));
const correlate = (xs: number[], ys: number[]) => ({ n: xs.length, spearman: spearman(xs, ys), pearson: pearson(xs, ys) });
const fail = (message: string) => { console.error(message); process.exitCode = 2; };
const fmt = (x: number | null, d = 3) => (x === null ? 'n/a' : x.toFixed(d));

/** The text matrix from the UN speeches alone, so that news coverage does not mix in. */
async function textCells(issue: string, from: string, to: string) {
  const store = await openStore(opts.db ? { url: opts.db } : {});
  try {
    const filter = { issue, source: UNGD_SOURCE, from: `${from}-01-01`, to: `${to}-12-31` };
    const [positions, agreements] = await Promise.all([store.positions(filter), store.agreements(filter)]);
    return { positions: positions.length, cells: agreementMatrix({ positions, agreements, issue, evidenceLimit: 0 }).cells };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const issue = opts.issue!, from = opts.from!, to = opts.to!, minVotes = Number(opts['min-votes']);
  if (![from, to].every((y) => /^\d{4}$/.test(y)) || !Number.isInteger(minVotes)) return fail('--from and --to take years (2011), --min-votes a whole number.');
  const code = VOTE_CODES[issue];
  if (!code) {
    return fail(`No UN roll-call issue code fits '${issue}'. Codes exist for: ${Object.entries(VOTE_CODES).map(([i, c]) => `${i} (${c})`).join(', ')}; none for ${NO_VOTE_CODE.join(', ')}.`);
  }
  const missing = Object.values(files).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.log(`Skipped: UN vote files absent (${missing.join(', ')}). Put the shared corpus in ../shared/corpus or set ACCORD_CORPUS.`);
    return;
  }
  const rollCalls = selectRollCalls(code, from, to), byCall = await readVotes(rollCalls), votes = voteAgreement(byCall);
  const text = await textCells(issue, from, to);
  if (text.positions === 0) console.warn(`The store holds no '${issue}' positions from ${UNGD_SOURCE} in ${from}–${to}: is the UNGD corpus ingested?`);
  const report = summarise({ issue, code, from, to, minVotes, rollCalls: rollCalls.size, votes, cells: text.cells, dissent: dissenters(byCall) });
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

interface Inputs { issue: string; code: string; from: string; to: string; minVotes: number; rollCalls: number; votes: Map<string, VotePair>; cells: AgreementCell[]; dissent: Set<string> }

/** The pairs with evidence on both sides, their correlations, spread and largest gaps. */
function summarise({ issue, code, from, to, minVotes, rollCalls, votes, cells, dissent }: Inputs) {
  // Evidence on both sides: both countries took a position in the speeches, and they shared enough roll calls.
  const pairs = cells.flatMap((c) => {
    const v = votes.get(pairKey(c.a, c.b));
    return c.sScore !== null && v && v.common >= minVotes ? [{ a: c.a, b: c.b, textS: c.sScore, kappa: c.kappa, textPositions: c.positions, ...v }] : [];
  });
  const withKappa = pairs.filter((p) => p.kappa !== null), textS = pairs.map((p) => p.textS);
  const agreement = pairs.map((p) => p.agreement);
  // Most pairs' votes barely differ; the correlation over the pairs where votes do differ is reported on its own.
  const split = pairs.filter((p) => dissent.has(p.a) || dissent.has(p.b)), m = mean(agreement);
  const varianceShare = split.reduce((s, p) => s + (p.agreement - m) ** 2, 0) / agreement.reduce((s, a) => s + (a - m) ** 2, 0);
  return {
    issue, voteCode: code, years: `${from}–${to}`, rollCalls, minVotes,
    pairsWithText: cells.filter((c) => c.sScore !== null).length, pairsWithVotes: [...votes.values()].filter((v) => v.common >= minVotes).length,
    n: pairs.length,
    sScore: correlate(textS, agreement),
    kappa: correlate(withKappa.map((p) => p.kappa!), withKappa.map((p) => p.agreement)),
    spread: { voteMean: m, voteSd: sd(agreement), voteShareAbove95: agreement.filter((a) => a >= 0.95).length / pairs.length, textSMean: mean(textS), textSSd: sd(textS) },
    dissenters: { countries: [...dissent], pairs: split.length, varianceShare, sScore: correlate(split.map((p) => p.textS), split.map((p) => p.agreement)) },
    largestGaps: largestGaps(pairs, 10),
  };
}

/** Where the two orderings differ most: gap between the pair's percentile rank on text S and on votes. */
function largestGaps<P extends { textS: number; agreement: number }>(pairs: P[], k: number) {
  const rt = ranks(pairs.map((p) => p.textS)), rv = ranks(pairs.map((p) => p.agreement));
  return pairs.map((p, i) => ({ ...p, rankGap: (rt[i]! - rv[i]!) / pairs.length })).sort((x, y) => Math.abs(y.rankGap) - Math.abs(x.rankGap)).slice(0, k);
}

function printReport(r: ReturnType<typeof summarise>): void {
  console.log(`Text (UN General Debate speeches) vs UN votes on ${r.issue} (roll-call code '${r.voteCode}'), ${r.years}: ${r.rollCalls} roll calls`);
  console.log(`pairs with text S: ${r.pairsWithText}; pairs with ≥${r.minVotes} common roll calls: ${r.pairsWithVotes}; in both: n = ${r.n}`);
  if (r.n === 0) return console.log('No pair has evidence on both sides: nothing to compare.');
  console.log(`text S     vs vote agreement: Spearman ${fmt(r.sScore.spearman)}, Pearson ${fmt(r.sScore.pearson)}  (n = ${r.n})`);
  console.log(`text kappa vs vote agreement: Spearman ${fmt(r.kappa.spearman)}, Pearson ${fmt(r.kappa.pearson)}  (n = ${r.kappa.n}; kappa is null for pairs sharing no code)`);
  console.log('(vote S-score = 2·agreement − 1 on common roll calls, so its correlations are the same)');
  console.log(`spread: vote agreement mean ${fmt(r.spread.voteMean)}, sd ${fmt(r.spread.voteSd)}, ${(100 * r.spread.voteShareAbove95).toFixed(0)}% of pairs ≥ 0.95; text S mean ${fmt(r.spread.textSMean)}, sd ${fmt(r.spread.textSSd)}`);
  console.log(`Note: UN votes on '${r.voteCode}' are near-unanimous (most members vote yes on every resolution), so vote variance is small and carried by a few`);
  const d = r.dissenters;
  console.log(`countries: the ${d.pairs} pairs involving ${d.countries.join(', ')} (no on ≥25% of roll calls) hold ${(100 * d.varianceShare).toFixed(0)}% of it;`);
  console.log(`over those pairs, text S vs vote agreement: Spearman ${fmt(d.sScore.spearman)}, Pearson ${fmt(d.sScore.pearson)}. Pairs share countries, so n pairs are not n independent observations.`);
  console.log('\nThe 10 pairs where text and votes disagree most (rank gap = percentile on text S − percentile on votes):');
  console.log('pair     text S   kappa   vote agr  vote S  roll calls  text statements  rank gap');
  for (const p of r.largestGaps) {
    console.log(`${`${p.a}-${p.b}`.padEnd(8)} ${fmt(p.textS, 2).padStart(6)}  ${fmt(p.kappa, 2).padStart(6)}  ${fmt(p.agreement).padStart(8)}  ${fmt(p.voteS, 2).padStart(6)}  ${String(p.common).padStart(10)}  ${String(p.textPositions).padStart(15)}  ${fmt(p.rankGap, 2).padStart(8)}`);
  }
}

await main();
