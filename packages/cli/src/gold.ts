import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isArchive, knownCountry, namePattern, parseArticles, readArticles } from '@accord/ingest';
import { analyze, goldSchema, type Analysis, type AnalyzeOptions, type Gold } from '@accord/stance';
import * as tar from 'tar';
import { CliError } from './error.js';

export interface GoldArticle {
  gold: Gold;
  text: string;
  path: string;
}

/**
 * The engine's reading of a gold article, as `accord eval` scores it: its language, date and
 * speaker country (rule 13) from the gold file, no sentence spans. `options` adds to them.
 *
 * @example
 * const analysis = analyzeGold(loadGold(['fixtures/ar']).articles[0]);
 */
export function analyzeGold({ gold, text }: GoldArticle, options: Partial<Omit<AnalyzeOptions, 'text'>> = {}): Analysis {
  return analyze({
    text,
    id: gold.id,
    language: gold.language,
    sentences: false,
    ...(gold.date ? { date: gold.date } : {}),
    ...(gold.speaker_country ? { speakerCountry: gold.speaker_country } : {}),
    ...options,
  });
}

/**
 * Gold files (`*.gold.json`) under the given files or folders, with the text each names.
 *
 * @example
 * const { articles, skipped } = loadGold(['fixtures/corpus']); // skipped: gold files whose corpus is not found
 */
export function loadGold(paths: string[], options: { corpus?: string } = {}): { articles: GoldArticle[]; skipped: string[] } {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new CliError('no_gold', `cannot read ${p}: no such file or folder`);
    if (statSync(p).isDirectory()) {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const full = join(dir, name);
          if (statSync(full).isDirectory()) walk(full);
          else if (name.endsWith('.gold.json')) files.push(full);
        }
      };
      walk(p);
    } else files.push(p);
  }
  if (files.length === 0) throw new CliError('no_gold', `no *.gold.json files in ${paths.join(', ')}`);
  const corpora: CorpusCache = new Map();
  const articles: GoldArticle[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    let gold: Gold;
    try {
      gold = goldSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (cause) {
      throw new CliError('no_gold', `${file}: not a valid gold file (${(cause as Error).message.split('\n')[0]})`, { cause });
    }
    if (gold.text) {
      articles.push({ gold, text: readFileSync(join(dirname(file), gold.text), 'utf8'), path: file });
      continue;
    }
    if (!gold.corpus || !gold.corpus_id) throw new CliError('no_gold', `${file}: names neither "text" nor "corpus" + "corpus_id"`);
    const dir = findCorpus(file, options.corpus, gold.corpus);
    if (!dir) {
      skipped.push(`${file}: corpus folder not found (pass --corpus DIR or set ACCORD_CORPUS)`);
      continue;
    }
    const record = corpusRecord(join(dir, gold.corpus), gold.corpus_id, corpora);
    if (!record) {
      skipped.push(`${file}: record ${gold.corpus_id} not in ${join(dir, gold.corpus)}`);
      continue;
    }
    if (!gold.date && record.date) gold.date = record.date;
    if (!gold.speaker_country && record.speakerCountry) gold.speaker_country = record.speakerCountry;
    const text = record.text;
    articles.push({ gold, text, path: file });
  }
  return { articles, skipped };
}

/** One record of a corpus file as a gold reading sees it: `title + "\n\n" + content` (or the speech), its date and speaker country. */
export interface CorpusRecord {
  text: string;
  date?: string;
  speakerCountry?: string;
}

/** Corpus files read so far, by path: pass one to `corpusRecord` to read each file once. */
export type CorpusCache = Map<string, Map<string, CorpusRecord>>;

/**
 * The record `id` of a corpus file (JSON Lines by `id`, or a `.tar.gz` of speeches by member file
 * name), or undefined when the file or the record is missing. Pass one `cache` map to read each file once.
 *
 * @example
 * corpusRecord('../shared/corpus/ungdc_2011_2024.tar.gz', 'EGY_70_2015.txt'); // { text: '...', date: '2015-01-01', speakerCountry: 'EG' }
 */
export function corpusRecord(path: string, id: string, cache: CorpusCache = new Map()): CorpusRecord | undefined {
  return loadCorpus(cache, path)?.get(id);
}

/**
 * The shared corpus folder: --corpus, ACCORD_CORPUS, a `corpus` folder beside the gold's parent, or ../shared/corpus.
 *
 * @example
 * findCorpus('fixtures/corpus/sn-0001.gold.json', undefined, 'saudinewsnet_fm_candidates_516.jsonl'); // '/work/shared/corpus'
 */
export function findCorpus(from: string, explicit?: string, file?: string): string | undefined {
  const candidates = [
    explicit,
    process.env.ACCORD_CORPUS,
    resolve(dirname(from), '..', 'corpus'),
    resolve(process.cwd(), '..', 'shared', 'corpus'),
    resolve(dirname(from), '..', '..', '..', 'shared', 'corpus'),
  ];
  return candidates.find((c) => c && existsSync(file ? join(c, file) : c));
}

// News records are read as `accord ingest` reads them (a broken line cannot be a gold article's text).
function loadCorpus(cache: CorpusCache, path: string): Map<string, CorpusRecord> | undefined {
  if (cache.has(path)) return cache.get(path);
  if (!existsSync(path)) return undefined;
  const records = isArchive(path)
    ? loadSpeeches(path)
    : new Map(readArticles(path).articles.map((a) => [a.id, { text: a.text, ...(a.date ? { date: a.date } : {}) }]));
  cache.set(path, records);
  return records;
}

/**
 * The members of a `.tar.gz` of speeches, by file name: `ISO3_session_year.txt` (the UN General
 * Debate archive) gives the speaker country and the year, as `--name-pattern ungd` does on ingest.
 */
const ungdFacts = namePattern('ungd');

function loadSpeeches(path: string): Map<string, CorpusRecord> {
  const records = new Map<string, CorpusRecord>();
  tar.t({
    file: path,
    sync: true,
    onReadEntry: (entry) => {
      const name = basename(entry.path);
      if (entry.type !== 'File' || !name.endsWith('.txt')) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => {
        const [speech] = parseArticles(Buffer.concat(chunks), { name }).articles;
        const facts = ungdFacts(speech!.id);
        const country = facts?.country ? knownCountry(facts.country) : undefined;
        records.set(name, { text: speech!.text, ...(facts?.date ? { date: facts.date } : {}), ...(country ? { speakerCountry: country } : {}) });
      });
    },
  });
  return records;
}
