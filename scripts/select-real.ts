/**
 * Chooses the real corpus records the team annotates (issue 12) and splits them, once, at random by
 * article, into train, dev and a frozen test. Run it once; its output, `fixtures/real/split.json`,
 * is the record of that choice and must not be regenerated after tuning has begun.
 *
 * Choice: diplomatic texts (two or more countries named, two or more sentences on the five issues),
 * round-robin over each text's dominant issue so that all five are covered, spread over outlets;
 * plus off-topic texts (at most one sentence naming an issue), about one in ten of the news, since
 * off-topic text must stay silent.
 * Records reserved for outside evaluation (`corpus/RESERVED.md`), and those already read as gold
 * (`fixtures/corpus`, `shared/gold`), are left out. Selection looks only at lexicon mentions
 * (countries, issue terms), never at the engine's stances.
 *
 * Usage: pnpm tsx scripts/select-real.ts [--write]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusRecord, type CorpusCache } from '@accord/cli';
import { defaultLexicon } from '@accord/lexicon';
import { parseArticle } from '@accord/parser';
import * as tar from 'tar';

const SEED = 20261207;
const root = resolve(import.meta.dirname, '..');
const corpusDir = process.env.ACCORD_CORPUS ?? resolve(root, '..', 'shared', 'corpus');
const out = join(root, 'fixtures', 'real', 'split.json');

interface Candidate {
  corpus: string;
  id: string;
  language: 'ar' | 'en';
  outlet: string;
  countries: number;
  issueSentences: number;
  dominant: string | undefined;
}

/** How many texts to take from each corpus: diplomatic, and off-topic. */
const PLAN: Record<string, { diplomatic: number; offTopic: number; language: 'ar' | 'en' }> = {
  'saudinewsnet_fm_candidates_516.jsonl': { diplomatic: 120, offTopic: 8, language: 'ar' },
  'anc2012_politics_all_474.jsonl': { diplomatic: 70, offTopic: 12, language: 'ar' },
  // All of the Singapore statements that are not reserved or already read: there are 46.
  'singapore_mfa_statements_issues.jsonl': { diplomatic: 46, offTopic: 3, language: 'en' },
  'ungdc_2011_2024.tar.gz': { diplomatic: 56, offTopic: 0, language: 'en' },
};
/** Texts of each corpus read twice, by annotators who do not see each other's files. */
const DOUBLE: Record<string, number> = {
  'saudinewsnet_fm_candidates_516.jsonl': 14,
  'anc2012_politics_all_474.jsonl': 10,
  'singapore_mfa_statements_issues.jsonl': 8,
  'ungdc_2011_2024.tar.gz': 8,
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
function shuffle<T>(list: T[]): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function excluded(): Set<string> {
  const ids = new Set<string>();
  for (const line of readFileSync(join(corpusDir, 'RESERVED.md'), 'utf8').split('\n')) {
    const m = /^\|\s*\S+\s*\|\s*(\S+)\s*\|$/.exec(line.trim());
    if (m && m[1] !== 'record' && !m[1]!.startsWith('-')) ids.add(m[1]!);
  }
  for (const dir of [join(root, 'fixtures', 'corpus'), resolve(corpusDir, '..', 'gold')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir))
      if (f.endsWith('.gold.json')) ids.add((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { corpus_id?: string }).corpus_id ?? '');
  }
  return ids;
}

function recordIds(corpus: string): Array<{ id: string; outlet: string }> {
  const path = join(corpusDir, corpus);
  if (corpus.endsWith('.tar.gz')) {
    const ids: Array<{ id: string; outlet: string }> = [];
    tar.t({
      file: path,
      sync: true,
      onReadEntry: (e) => {
        const name = e.path.slice(e.path.lastIndexOf('/') + 1);
        if (name.endsWith('.txt')) ids.push({ id: name, outlet: name.slice(0, 3) });
        e.resume();
      },
    });
    return ids;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>)
    .map((r) => ({ id: r.id!, outlet: r.source ?? r.newspaper_country_prefix ?? 'mfa' }));
}

function describeRecord(corpus: string, id: string, outlet: string, cache: CorpusCache): Candidate {
  const record = corpusRecord(join(corpusDir, corpus), id, cache)!;
  const language = PLAN[corpus]!.language;
  const article = parseArticle({ text: record.text, language, ...(record.date ? { date: record.date } : {}) });
  const countries = new Set<string>();
  const issues = new Map<string, number>();
  let issueSentences = 0;
  for (const s of article.sentences) {
    for (const m of s.mentions) if (m.entry.kind === 'country') countries.add(m.entry.country);
    if (s.issues.length > 0) issueSentences++;
    for (const i of s.issues) issues.set(i, (issues.get(i) ?? 0) + 1);
  }
  const dominant = [...issues].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return { corpus, id, language, outlet, countries: countries.size, issueSentences, dominant };
}

/** Round-robin over dominant issues, each issue's pool shuffled and spread over outlets. */
function pickDiplomatic(pool: Candidate[], n: number): Candidate[] {
  const byIssue = new Map<string, Candidate[]>();
  for (const c of shuffle(pool)) {
    const list = byIssue.get(c.dominant!) ?? [];
    list.push(c);
    byIssue.set(c.dominant!, list);
  }
  const queues = [...byIssue.keys()].sort().map((issue) => spreadOutlets(byIssue.get(issue)!));
  const picked: Candidate[] = [];
  while (picked.length < n && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && picked.length < n) picked.push(q.shift()!);
  }
  return picked;
}

function spreadOutlets(list: Candidate[]): Candidate[] {
  const byOutlet = new Map<string, Candidate[]>();
  for (const c of list) byOutlet.set(c.outlet, [...(byOutlet.get(c.outlet) ?? []), c]);
  const queues = [...byOutlet.values()];
  const out: Candidate[] = [];
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) out.push(q.shift()!);
  return out;
}

if (!existsSync(corpusDir)) {
  console.error(`no corpus at ${corpusDir}: set ACCORD_CORPUS`);
  process.exit(1);
}
const skip = excluded();
const cache: CorpusCache = new Map();
const split: Record<'train' | 'dev' | 'test', Array<{ corpus: string; id: string; language: string }>> = { train: [], dev: [], test: [] };
const double: string[] = [];
for (const [corpus, plan] of Object.entries(PLAN)) {
  const candidates = recordIds(corpus)
    .filter((r) => !skip.has(r.id))
    .map((r) => describeRecord(corpus, r.id, r.outlet, cache));
  const diplomatic = candidates.filter((c) => c.countries >= 2 && c.issueSentences >= 2 && c.dominant);
  const offTopic = candidates.filter((c) => c.issueSentences <= 1);
  const chosen = [...pickDiplomatic(diplomatic, plan.diplomatic), ...shuffle(offTopic).slice(0, plan.offTopic)];
  const order = shuffle(chosen);
  const quarter = Math.round(order.length / 4);
  order.forEach((c, i) => split[i < quarter ? 'test' : i < 2 * quarter ? 'dev' : 'train'].push({ corpus, id: c.id, language: c.language }));
  double.push(
    ...shuffle(chosen)
      .slice(0, DOUBLE[corpus])
      .map((c) => c.id),
  );
  const issues = new Map<string, number>();
  for (const c of chosen) issues.set(c.dominant ?? '(none)', (issues.get(c.dominant ?? '(none)') ?? 0) + 1);
  console.log(
    `${corpus}: ${candidates.length} eligible, ${diplomatic.length} diplomatic, ${offTopic.length} off-topic; chose ${chosen.length} from ${new Set(chosen.map((c) => c.outlet)).size} outlets;`,
    Object.fromEntries(issues),
  );
}
for (const part of ['train', 'dev', 'test'] as const) split[part].sort((a, b) => a.id.localeCompare(b.id));
const result = {
  created: new Date().toISOString().slice(0, 10),
  seed: SEED,
  script: 'scripts/select-real.ts',
  note: 'Chosen and split once, before any tuning. test is frozen: scored once per engine release, never read for errors.',
  counts: { train: split.train.length, dev: split.dev.length, test: split.test.length },
  ...split,
  double: double.sort(),
};
console.log(result.counts, `${double.length} read twice`);
if (process.argv.includes('--write')) {
  if (existsSync(out)) {
    console.error(`${out} exists: the split is made once; delete it only if no tuning has used it`);
    process.exit(1);
  }
  mkdirSync(join(root, 'fixtures', 'real'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`wrote ${out}`);
}
