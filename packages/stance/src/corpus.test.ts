import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { detectLanguage } from '@accord/text';
import { describe, expect, it } from 'vitest';
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

function arabicArticles(file: string): { articles: Article[]; lines: number } {
  const lines = readFileSync(resolve(corpus, file), 'utf8').split('\n').filter((l) => l.trim());
  const articles: Article[] = [];
  lines.forEach((line, k) => {
    const r = JSON.parse(line) as Record<string, unknown>;
    const body = String(r.content ?? r.text ?? '');
    const text = typeof r.title === 'string' && r.title ? `${r.title}\n\n${body}` : body;
    if (detectLanguage(text) === 'ar') articles.push({ id: String(r.id ?? `${file}:${k + 1}`), text });
  });
  return { articles, lines: lines.length };
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
        if (!inBounds(e) || text.slice(e.start, e.end) !== e.text) problems.push(`evidence ${s.country} ${s.issue} ${p.code} [${e.start},${e.end}) is not exact`);
      }
    }
  }
  for (const a of analysis.agreements) {
    for (const e of a.evidence ?? []) {
      if (!inBounds(e) || text.slice(e.start, e.end) !== e.text) problems.push(`agreement evidence ${a.a}-${a.b} ${a.issue} [${e.start},${e.end}) is not exact`);
    }
  }
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) if (!inBounds(m) || m.end === m.start) problems.push(`mention of ${actor.name} [${m.start},${m.end}) out of bounds or empty`);
  }
  for (const s of analysis.sentences ?? []) if (!inBounds(s)) problems.push(`sentence [${s.start},${s.end}) out of bounds`);
  return problems;
}

describe.skipIf(present.length === 0)(`real corpora (${present.length === 0 ? 'SKIPPED: ../shared/corpus not found' : present.join(', ')})`, () => {
  const validateJson = existsSync(schemaPath) ? new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : undefined;

  for (const file of present) {
    const { articles, lines } = arabicArticles(file);

    it(`${file}: all ${articles.length} Arabic records of ${lines} analyse without error, valid and with exact spans`, () => {
      expect(articles.length).toBeGreaterThan(0);
      const failures: string[] = [];
      let withStances = 0;
      for (const { id, text } of articles) {
        let analysis: Analysis;
        try {
          analysis = analyze({ text, id });
        } catch (error) {
          failures.push(`${id}: threw ${(error as Error).message}`);
          continue;
        }
        if (analysis.stances.length > 0) withStances++;
        for (const p of problemsOf(text, analysis, validateJson)) failures.push(`${id}: ${p}`);
      }
      expect(failures.slice(0, 20), `${failures.length} problems`).toEqual([]);
      // Articles chosen for foreign-minister statements must yield some stances at all.
      if (file.startsWith('saudinewsnet')) expect(withStances).toBeGreaterThan(articles.length / 10);
    });
  }
});
