/**
 * For each gold agreement the engine labels unknown, tells whether the engine found positions for
 * both countries on that issue (then the codes did not overlap and no statement was caught) or not.
 * Usage: tsx scripts/agreement-gaps.ts DIR...
 */
import { loadGold } from '@accord/cli';
import { analyze } from '@accord/stance';

const { articles } = loadGold(process.argv.slice(2));
const tally = { both: 0, one: 0, none: 0 };
for (const { gold, text } of articles) {
  const analysis = analyze({ text, language: gold.language, ...(gold.date ? { date: gold.date } : {}), sentences: false });
  const has = (c: string, issue: string) => analysis.stances.some((s) => s.country === c && s.issue === issue);
  for (const g of gold.agreements) {
    if (g.label === 'unknown') continue;
    const sys = analysis.agreements.find((a) => a.issue === g.issue && ((a.a === g.a && a.b === g.b) || (a.a === g.b && a.b === g.a)));
    if (sys && sys.label !== 'unknown') continue;
    const n = Number(has(g.a, g.issue)) + Number(has(g.b, g.issue));
    const kind = n === 2 ? 'both' : n === 1 ? 'one' : 'none';
    tally[kind]++;
    if (process.env.VERBOSE)
      console.log(`${gold.id.slice(0, 14)}\t${kind}\t${g.a}-${g.b} ${g.issue} ${g.label}\t${(g.evidence ?? []).join(' || ').slice(0, 150)}`);
  }
}
console.log(tally);
