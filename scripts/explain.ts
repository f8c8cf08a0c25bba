/**
 * Shows how the engine reads one article: each sentence with its speaker, each clause with the
 * countries holding it, and the lexicon phrases found. For tuning cues against gold readings.
 *
 * Usage: pnpm tsx scripts/explain.ts FILE | --corpus ID
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLexicon } from '@accord/lexicon';
import { parseArticle } from '@accord/parser';
import { analyze } from '@accord/stance';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: tsx scripts/explain.ts FILE | --corpus ID');
  process.exit(2);
}
let text: string;
let date: string | undefined;
if (arg === '--corpus') {
  const id = process.argv[3]!;
  const dir = process.env.ACCORD_CORPUS ?? resolve('..', 'shared', 'corpus');
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.includes(`"${id}"`))
    .map((l) => JSON.parse(l) as Record<string, string>)
    .find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  text = found.title ? `${found.title}\n\n${found.content ?? found.text}` : (found.content ?? found.text ?? '');
  date = found.date;
} else text = readFileSync(arg, 'utf8');

const lexicon = defaultLexicon();
const article = parseArticle({ text, lexicon, date });
const show = (s: number, e: number) => text.slice(article.norm.map[s], article.norm.map[e]);
console.log('parties:', article.parties.join(' '));
for (const s of article.sentences) {
  console.log(`\n#${article.sentences.indexOf(s)} [${s.issues.join(',')}] ${show(s.start, s.end).slice(0, 400)}`);
  for (const c of s.clauses) {
    const who = c.speaker ? `${c.speaker.actor.name}(${c.speaker.countries.join('+') || '-'},${c.speaker.how})` : '—';
    const ms = s.mentions
      .filter((m) => m.start >= c.tokenStart && m.end <= c.tokenEnd)
      .map((m) => {
        const e = m.entry;
        const what =
          e.kind === 'cue'
            ? `cue:${e.cue.code}${e.cue.polarity < 0 ? '-' : ''}/${e.cue.needs}`
            : e.kind === 'country'
              ? `${e.country}:${e.form}`
              : e.kind === 'issue'
                ? `issue:${e.issue}`
                : e.kind === 'title'
                  ? `title:${e.role}`
                  : e.kind === 'person'
                    ? `person:${e.person.country}`
                    : e.kind;
        return `${show(article.tokens[m.start]!.start, article.tokens[m.end - 1]!.end)}=${what}`;
      });
    console.log(`   ${who} → [${c.holders.join('+')}${c.joint ? ' joint' : ''}] ${ms.join(' | ')}`);
  }
}
const analysis = analyze({ text, lexicon, date, sentences: false });
console.log('\nSTANCES');
for (const st of analysis.stances) for (const p of st.positions) console.log(`  ${st.country} ${st.issue} ${p.code} ${p.polarity} (${p.confidence})`);
console.log('AGREEMENTS');
for (const a of analysis.agreements) console.log(`  ${a.a}-${a.b} ${a.issue} ${a.label}${a.explicit ? ' explicit' : ''}`);
