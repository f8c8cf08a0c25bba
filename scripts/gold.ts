/**
 * Tools for annotators of gold readings.
 *
 *   pnpm --silent tsx scripts/gold.ts text CORPUS_FILE ID     the exact text a gold reading of that record scores against
 *   pnpm --silent tsx scripts/gold.ts check PATH...           every problem of the gold files under PATH (exit 1 if any)
 *   pnpm --silent tsx scripts/gold.ts agree A_DIR B_DIR       agreement between two annotators' readings of the same texts
 *
 * `text` prints `title + "\n\n" + content` of a news record, or the whole speech of a UN General
 * Debate file (`ungdc_2011_2024.tar.gz` with a member name such as `SYR_70_2015.txt`), with its date
 * and speaker country on stderr. `agree` scores B's readings against A's with the project's own
 * definitions (position P/R/F1, agreement accuracy, relation P/R/F1): the inter-annotator figures.
 */
import { basename, join, resolve } from 'node:path';
import { checkGold, corpusRecord, findCorpus, loadGold, type GoldArticle } from '@accord/cli';
import { defaultLexicon } from '@accord/lexicon';
import { scoreArticle, summarizeScores, type Analysis, type Gold } from '@accord/stance';

const [command, ...args] = process.argv.slice(2);

function usage(): never {
  console.error('usage: tsx scripts/gold.ts text CORPUS_FILE ID | check PATH... | agree A_DIR B_DIR');
  process.exit(2);
}

if (command === 'text') {
  const [file, id] = args;
  if (!file || !id) usage();
  const dir = findCorpus(resolve('fixtures', 'x'), undefined, file);
  const record = dir ? corpusRecord(join(dir, file), id) : undefined;
  if (!record) {
    console.error(`no record ${id} in ${file} (corpus folder: ${dir ?? 'not found; set ACCORD_CORPUS'})`);
    process.exit(1);
  }
  console.error(`date: ${record.date ?? '-'}  speaker_country: ${record.speakerCountry ?? '-'}  characters: ${record.text.length}`);
  process.stdout.write(`${record.text}\n`);
} else if (command === 'check') {
  if (args.length === 0) usage();
  const { articles, skipped } = loadGold(args);
  for (const s of skipped) console.error(`skipped ${s}`);
  let bad = 0;
  for (const article of articles) {
    const problems = checkGold(article, defaultLexicon());
    if (problems.length === 0) continue;
    bad++;
    for (const p of problems) console.log(`${article.path}: ${p}`);
  }
  console.log(`${articles.length} gold files checked, ${bad} with problems`);
  process.exit(bad > 0 ? 1 : 0);
} else if (command === 'agree') {
  const [a, b] = args;
  if (!a || !b) usage();
  const first = byId(loadGold([a]).articles);
  const second = byId(loadGold([b]).articles);
  const shared = [...first.keys()].filter((id) => second.has(id)).sort();
  const scores = shared.map((id) => scoreArticle(first.get(id)!.gold, asAnalysis(second.get(id)!.gold)));
  const total = summarizeScores(scores);
  const relations = total.relation ?? { precision: 1, recall: 1, f1: 1 };
  const f = (x: number) => x.toFixed(3);
  console.log(`${shared.length} texts read by both (${a} as reference, ${b} scored against it)`);
  console.log(
    `stance F1 ${f(total.stance.f1)} | position P ${f(total.position.precision)} R ${f(total.position.recall)} F1 ${f(total.position.f1)} | agreement accuracy ${f(total.agreement.accuracy)} (${total.agreement.correct}/${total.agreement.total}) | relation P ${f(relations.precision)} R ${f(relations.recall)} F1 ${f(relations.f1)}`,
  );
} else usage();

function byId(articles: GoldArticle[]): Map<string, GoldArticle> {
  return new Map(articles.map((x) => [basename(x.path, '.gold.json'), x]));
}

/** A gold reading dressed as an analysis, so that one annotator can be scored against the other. */
function asAnalysis(gold: Gold): Analysis {
  const span = { start: 0, end: 0, text: '' };
  return {
    language: gold.language,
    actors: [],
    stances: gold.stances.map((s) => ({
      country: s.country,
      issue: s.issue,
      positions: s.positions.map((p) => ({ code: p.code, polarity: p.polarity, confidence: 1, evidence: [span] })),
    })),
    agreements: gold.agreements.map((x) => ({ a: x.a, b: x.b, issue: x.issue, label: x.label, score: 0, explicit: false })),
    relations: (gold.relations ?? []).map((r) => ({
      source: r.source,
      target: r.target,
      issue: r.issue,
      polarity: r.polarity,
      confidence: 1,
      evidence: [span],
    })),
  };
}
