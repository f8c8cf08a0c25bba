/**
 * The share of UN General Debate positions that the engine gives to a country other than the
 * speaker, per issue. Under rule 13 a speech is its country's statement, so nearly every position
 * should be the speaker's; the rest are mostly states the speaker only names ("the Israeli
 * aggression" in Syria's speech becoming an Israeli position). Re-run after changing the engine.
 * Usage: tsx scripts/speaker-share.ts [--issue palestine,syria] [--from 2011] [--to 2024] [--top 5]
 *        [--db file:/tmp/accord-corpus.db] [--json]
 */
import { parseArgs } from 'node:util';
import { defaultLexicon } from '@accord/lexicon';
import { openCorpus, periodLabel, type Period } from './lib/corpus-reader.js';

const { values: opts } = parseArgs({
  options: {
    issue: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    top: { type: 'string', default: '5' },
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const fail = (message: string) => {
  console.error(message);
  process.exitCode = 2;
};
const topCounts = (counts: Map<string, number>, k: number) =>
  [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([key, n]) => ({ key, n }));
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

async function main(): Promise<void> {
  const known = [...defaultLexicon().issues.keys()];
  const issues = opts.issue ? opts.issue.split(',').map((s) => s.trim()) : known;
  const years = [opts.from, opts.to].filter((y) => y !== undefined);
  if (issues.some((i) => !known.includes(i))) return fail(`--issue takes issues of the lexicon: ${known.join(', ')}.`);
  if (!years.every((y) => /^\d{4}$/.test(y!)) || !/^\d+$/.test(opts.top!)) return fail('--from and --to take years (2011), --top a whole number.');
  const period: Period | null = years.length ? { from: Number(opts.from ?? 1900), to: Number(opts.to ?? 2100) } : null;
  const corpus = await openCorpus(opts.db ? { url: opts.db } : {});
  try {
    const speeches = await corpus.speeches(period);
    if (speeches.length === 0)
      return console.log(
        `Skipped: the store holds no UN General Debate speeches (${periodLabel(period)}). Ingest ../shared/corpus/ungdc_2011_2024.tar.gz with --name-pattern ungd, and pass --db.`,
      );
    const speaker = new Map(speeches.map((s) => [s.articleId, s.country]));
    const rows = [];
    for (const issue of issues) {
      const positions = (await corpus.positions(issue, period, 'speeches')).filter((p) => speaker.has(p.articleId));
      const others = positions.filter((p) => p.country !== speaker.get(p.articleId));
      const holders = new Map<string, number>(),
        codes = new Map<string, number>();
      for (const p of others) {
        bump(holders, p.country);
        bump(codes, `${p.code} ${p.polarity > 0 ? '+1' : '-1'}`);
      }
      rows.push({
        issue,
        positions: positions.length,
        nonSpeaker: others.length,
        share: positions.length ? others.length / positions.length : null,
        speechesWithNonSpeaker: new Set(others.map((p) => p.articleId)).size,
        topHolders: topCounts(holders, Number(opts.top)),
        topCodes: topCounts(codes, Number(opts.top)),
      });
    }
    const total = rows.reduce((s, r) => ({ positions: s.positions + r.positions, nonSpeaker: s.nonSpeaker + r.nonSpeaker }), { positions: 0, nonSpeaker: 0 });
    const report = {
      period: periodLabel(period),
      speeches: speeches.length,
      issues: rows,
      total: { ...total, share: total.positions ? total.nonSpeaker / total.positions : null },
    };
    if (opts.json) return console.log(JSON.stringify(report, null, 2));
    console.log(`UN General Debate positions held by a country other than the speaker (${report.period}, ${report.speeches} speeches with a speaker country)`);
    console.log('issue       positions  non-speaker  share   speeches  most frequent non-speaker holders / codes');
    for (const r of rows) {
      const share = r.share === null ? 'n/a' : `${(100 * r.share).toFixed(1)}%`;
      console.log(
        `${r.issue.padEnd(10)} ${String(r.positions).padStart(10)}  ${String(r.nonSpeaker).padStart(11)}  ${share.padStart(6)}  ${String(r.speechesWithNonSpeaker).padStart(8)}  ${r.topHolders.map((h) => `${h.key} ${h.n}`).join(', ')} / ${r.topCodes.map((c) => `${c.key} ${c.n}`).join(', ')}`,
      );
    }
    console.log(
      `${'all'.padEnd(10)} ${String(total.positions).padStart(10)}  ${String(total.nonSpeaker).padStart(11)}  ${report.total.share === null ? 'n/a' : `${(100 * report.total.share).toFixed(1)}%`.padStart(6)}`,
    );
  } finally {
    await corpus.close();
  }
}

await main();
