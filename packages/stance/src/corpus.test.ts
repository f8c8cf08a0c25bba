import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { analysisSchema, type Analysis } from './schema.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = resolve(repoRoot, '../shared/corpus');
const schemaPath = resolve(repoRoot, '../shared/spec/analysis.schema.json');
const FILES = ['saudinewsnet_fm_candidates_516.jsonl', 'anc2012_politics_all_474.jsonl'];
const present = FILES.filter((f) => existsSync(resolve(corpus, f)));

interface Article {
  id: string;
  text: string;
}

// Every record, including the ANC files whose cp1256 conversion left them garbled: they must not break anything either.
function records(file: string): { articles: Article[]; lines: number } {
  const lines = readFileSync(resolve(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const articles: Article[] = [];
  lines.forEach((line, k) => {
    const r = JSON.parse(line) as Record<string, unknown>;
    const body = String(r.content ?? r.text ?? '');
    const text = typeof r.title === 'string' && r.title ? `${r.title}\n\n${body}` : body;
    articles.push({ id: String(r.id ?? `${file}:${k + 1}`), text });
  });
  return { articles, lines: lines.length };
}

function checkAll(
  articles: Array<Article & { speakerCountry?: string }>,
  validateJson: ReturnType<Ajv2020['compile']> | undefined,
): { failures: string[]; withStances: number } {
  const failures: string[] = [];
  let withStances = 0;
  for (const { id, text, speakerCountry } of articles) {
    let analysis: Analysis;
    try {
      analysis = analyze({ text, id, ...(speakerCountry ? { speakerCountry } : {}) });
    } catch (error) {
      failures.push(`${id}: threw ${(error as Error).message}`);
      continue;
    }
    if (analysis.stances.length > 0) withStances++;
    for (const p of problemsOf(text, analysis, validateJson)) failures.push(`${id}: ${p}`);
  }
  return { failures, withStances };
}

/** Problems with one analysis, as short strings: thrown errors, schema errors and inexact spans. */
function problemsOf(text: string, analysis: Analysis, validateJson: ReturnType<Ajv2020['compile']> | undefined): string[] {
  const problems: string[] = [];
  const zod = analysisSchema.safeParse(analysis);
  if (!zod.success) problems.push(`zod: ${zod.error.issues[0]?.path.join('.')} ${zod.error.issues[0]?.message}`);
  if (validateJson && !validateJson(JSON.parse(JSON.stringify(analysis)))) problems.push(`json schema: ${JSON.stringify(validateJson.errors?.[0])}`);
  const inBounds = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const s of analysis.stances) {
    for (const p of s.positions) {
      for (const e of p.evidence) {
        if (!inBounds(e) || text.slice(e.start, e.end) !== e.text)
          problems.push(`evidence ${s.country} ${s.issue} ${p.code} [${e.start},${e.end}) is not exact`);
      }
    }
  }
  for (const a of analysis.agreements) {
    for (const e of a.evidence ?? []) {
      if (!inBounds(e) || text.slice(e.start, e.end) !== e.text)
        problems.push(`agreement evidence ${a.a}-${a.b} ${a.issue} [${e.start},${e.end}) is not exact`);
    }
  }
  for (const actor of analysis.actors) {
    for (const m of actor.mentions)
      if (!inBounds(m) || m.end === m.start) problems.push(`mention of ${actor.name} [${m.start},${m.end}) out of bounds or empty`);
  }
  for (const s of analysis.sentences ?? []) if (!inBounds(s)) problems.push(`sentence [${s.start},${s.end}) out of bounds`);
  return problems;
}

describe.skipIf(present.length === 0)(`real corpora (${present.length === 0 ? 'SKIPPED: ../shared/corpus not found' : present.join(', ')})`, () => {
  const validateJson = existsSync(schemaPath) ? new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : undefined;

  for (const file of present) {
    const { articles, lines } = records(file);

    it(`${file}: all ${articles.length} records of ${lines} analyse without error, valid and with exact spans`, () => {
      expect(articles.length).toBe(lines);
      const { failures, withStances } = checkAll(articles, validateJson);
      expect(failures.slice(0, 20), `${failures.length} problems`).toEqual([]);
      // Articles chosen for foreign-minister statements must yield some stances at all.
      if (file.startsWith('saudinewsnet')) expect(withStances).toBeGreaterThan(articles.length / 10);
    });
  }
});

const statements = 'singapore_mfa_statements_issues.jsonl';
const speeches = 'ungdc_2011_2024.tar.gz';
const englishPresent = existsSync(resolve(corpus, statements)) && existsSync(resolve(corpus, speeches));

describe.skipIf(!englishPresent)(`English corpora (${englishPresent ? `${statements}, ${speeches}` : 'SKIPPED: ../shared/corpus not found'})`, () => {
  const validateJson = existsSync(schemaPath) ? new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : undefined;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-ungdc-'));
    await tar.x({ file: resolve(corpus, speeches), cwd: dir });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`${statements}: every ministry statement analyses as English, valid and with exact spans`, () => {
    const { articles, lines } = records(statements);
    expect(articles.length).toBe(lines);
    const { failures, withStances } = checkAll(articles, validateJson);
    expect(failures.slice(0, 20), `${failures.length} problems`).toEqual([]);
    expect(withStances).toBeGreaterThan(articles.length / 4);
  });

  it(`${speeches}: every General Debate speech, unpacked, analyses as its country's statement, valid and with exact spans`, () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d, { withFileTypes: true })) {
        if (name.isDirectory()) walk(join(d, name.name));
        else if (name.name.endsWith('.txt')) files.push(join(d, name.name));
      }
    };
    walk(dir);
    expect(files.length).toBe(2714);
    // ISO3_session_year.txt: the file name is the only place the speaking country is named.
    const articles = files.map((f) => ({ id: basename(f, '.txt'), text: readFileSync(f, 'utf8'), speakerCountry: basename(f).slice(0, 3) }));
    const known = articles.filter((a) => /^[A-Z]{3}$/.test(a.speakerCountry));
    const { failures, withStances } = checkAll(
      known.map((a) => ({ ...a, speakerCountry: a.speakerCountry })),
      validateJson,
    );
    expect(failures.slice(0, 20), `${failures.length} problems`).toEqual([]);
    expect(withStances).toBeGreaterThan(known.length / 4);
  }, 300_000);
});
