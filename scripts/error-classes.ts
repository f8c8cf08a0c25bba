/**
 * Sorts an engine's position errors on a gold set into the classes issue 12 names:
 *   missed code    a gold position the engine missed, in a (country, issue) stance it did find
 *   missed stance  a gold position whose whole (country, issue) stance the engine missed
 *   silent state   an engine position for a country the gold gives no stance at all
 *   wrong country  an engine position whose (issue, code, polarity) the gold gives another country only
 *   extra code     any other engine position the gold lacks
 * and agreement errors into gold agree/disagree/mixed read as unknown, and the rest.
 *
 * Usage: pnpm --silent tsx scripts/error-classes.ts DIR...
 * Only for sets whose errors may be read (train, dev, the fixtures): never for the frozen test.
 */
import { analyzeGold, loadGold } from '@accord/cli';
import { scoreArticle } from '@accord/stance';

const dirs = process.argv.slice(2);
if (dirs.length === 0 || dirs.some((d) => /(^|\/)test\/?$/.test(d))) {
  console.error('usage: tsx scripts/error-classes.ts DIR... (not the frozen test split)');
  process.exit(2);
}
const classes = { 'missed code': 0, 'missed stance': 0, 'silent state': 0, 'wrong country': 0, 'extra code': 0 };
let toUnknown = 0;
let otherAgreement = 0;
const key = (c: string, i: string, code: string, p: number) => `${c} ${i} ${code} ${p > 0 ? '+1' : '-1'}`;
for (const article of loadGold(dirs).articles) {
  const { gold } = article;
  const analysis = analyzeGold(article);
  const goldKeys = new Set(gold.stances.flatMap((s) => s.positions.map((p) => key(s.country, s.issue, p.code, p.polarity))));
  const sysKeys = new Set(analysis.stances.flatMap((s) => s.positions.map((p) => key(s.country, s.issue, p.code, p.polarity))));
  const sysStances = new Set(analysis.stances.filter((s) => s.positions.length > 0).map((s) => `${s.country} ${s.issue}`));
  const goldCountries = new Set(gold.stances.filter((s) => s.positions.length > 0).map((s) => s.country));
  const tail = (k: string) => k.split(' ').slice(1).join(' ');
  for (const k of goldKeys) if (!sysKeys.has(k)) classes[sysStances.has(k.split(' ').slice(0, 2).join(' ')) ? 'missed code' : 'missed stance']++;
  for (const k of sysKeys) {
    if (goldKeys.has(k)) continue;
    const country = k.split(' ')[0]!;
    if (!goldCountries.has(country)) classes['silent state']++;
    else if ([...goldKeys].some((g) => tail(g) === tail(k))) classes['wrong country']++;
    else classes['extra code']++;
  }
  for (const e of scoreArticle(gold, analysis).agreementErrors) {
    if (/→ unknown$/.test(e)) toUnknown++;
    else otherAgreement++;
  }
}
const missed = classes['missed code'] + classes['missed stance'];
const extra = classes['silent state'] + classes['wrong country'] + classes['extra code'];
const total = missed + extra;
for (const [name, n] of Object.entries(classes)) console.log(`${name.padEnd(14)} ${String(n).padStart(5)}  ${((100 * n) / Math.max(1, total)).toFixed(0)}%`);
console.log(`(${missed} missed, ${extra} extra)`);
console.log(`agreement errors: ${toUnknown} agree/disagree/mixed read as unknown, ${otherAgreement} other`);
