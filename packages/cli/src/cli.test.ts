import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisSchema, type Analysis } from '@accord/stance';
import { decodeBytes } from '@accord/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Run } from './test-run.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const shared = resolve(repoRoot, '../shared');
const seedDir = resolve(shared, 'seed');
const seedPath = resolve(seedDir, 'egypt-russia-moscow.ar.txt');
const badinput = resolve(shared, 'badinput');
const hasSeed = existsSync(seedPath);
const hasBadinput = existsSync(badinput);

/** Each message is one line starting with "accord:", with no stack frames. */
function expectCleanErrors(err: string[]): void {
  for (const line of err) {
    expect(line).toMatch(/^accord: /);
    expect(line).not.toContain('internal error');
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat .+:\d+:\d+/);
  }
}

function parseAnalysis(line: string): Analysis {
  const value: unknown = JSON.parse(line);
  const parsed = analysisSchema.safeParse(value);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  return value as Analysis;
}

/** Every evidence text is exactly its slice of the text that was analysed. */
function expectExactSpans(text: string, analysis: Analysis): void {
  for (const s of analysis.stances) {
    for (const p of s.positions) for (const e of p.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const a of analysis.actors) for (const m of a.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-cli-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('accord (usage)', () => {
  it('exits 2 with one line on stderr for an unknown command', async () => {
    const r = await run('frobnicate', 'x');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('frobnicate');
    expectCleanErrors(r.err);
  });

  it('exits 2 when no command is given', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expectCleanErrors(r.err);
  });

  it('exits 2 for analyze without files and for a bad --language', async () => {
    expect((await run('analyze')).code).toBe(2);
    const r = await run('analyze', '--language', 'fr', join(tmp, 'whatever.txt'));
    expect(r.code).toBe(2);
    expectCleanErrors(r.err);
  });
});

describe.skipIf(!hasSeed)(`accord analyze (${hasSeed ? 'seed article' : 'SKIPPED: ../shared/seed not found'})`, () => {
  const seed = hasSeed ? readFileSync(seedPath, 'utf8') : '';

  it('prints one JSON analysis for one file', async () => {
    const r = await run('analyze', seedPath);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    const analysis = parseAnalysis(r.out[0]!);
    expect(analysis.id).toBe('egypt-russia-moscow.ar');
    expect(analysis.language).toBe('ar');
    const palestine = analysis.agreements.find((a) => a.issue === 'palestine' && [a.a, a.b].sort().join('-') === 'EG-RU');
    expect(palestine?.label).toBe('agree');
    expectExactSpans(seed, analysis);
  });

  it('prints one JSON line per file, with ids from the file names', async () => {
    const dir = join(tmp, 'two');
    mkdirSync(dir);
    copyFileSync(seedPath, join(dir, 'first.txt'));
    writeFileSync(join(dir, 'second.txt'), 'The Russian foreign minister said Moscow supports a political solution in Syria.');
    const r = await run('analyze', join(dir, 'first.txt'), join(dir, 'second.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    expect(r.out.every((line) => !line.includes('\n'))).toBe(true);
    const [first, second] = r.out.map(parseAnalysis);
    expect(first!.id).toBe('first');
    expect(first!.language).toBe('ar');
    expect(second!.id).toBe('second');
    expect(second!.language).toBe('en');
  });

  it('reads a folder recursively, in sorted order, skipping gold files and other extensions', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(seedPath, join(dir, 'b.txt'));
    writeFileSync(join(dir, 'a.md'), 'Egypt and Russia agreed on the need for a political solution in Libya.');
    writeFileSync(join(dir, 'sub', 'c.txt'), 'قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحل السياسي في سوريا.');
    writeFileSync(join(dir, 'b.gold.json'), '{}');
    writeFileSync(join(dir, 'notes.csv'), 'a,b');
    const r = await run('analyze', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.map((line) => parseAnalysis(line).id)).toEqual(['a', 'b', 'c']);
  });

  it('indents the JSON with --pretty', async () => {
    const r = await run('analyze', '--pretty', seedPath);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^\{\n {2}"id": "egypt-russia-moscow.ar",\n/);
    expect(JSON.parse(r.out[0]!)).toEqual(JSON.parse((await run('analyze', seedPath)).out[0]!));
  });

  it('leaves sentences out with --no-sentences', async () => {
    const r = await run('analyze', '--no-sentences', seedPath);
    expect(parseAnalysis(r.out[0]!).sentences).toBeUndefined();
  });

  it('reports a missing file in one line, exits 1, and still prints the other files', async () => {
    const missing = join(tmp, 'does-not-exist.txt');
    const r = await run('analyze', seedPath, missing, seedPath);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('does-not-exist.txt');
    expectCleanErrors(r.err);
    expect(r.out).toHaveLength(2);
    for (const line of r.out) expect(parseAnalysis(line).id).toBe('egypt-russia-moscow.ar');
  });

  it('resolves --speaker-country and rejects an unknown one in one line', async () => {
    expect((await run('analyze', '--speaker-country', 'EGY', seedPath)).code).toBe(0);
    const r = await run('analyze', '--speaker-country', 'XXX', seedPath);
    expect(r.code).toBe(2); // a bad flag value is a usage error
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expectCleanErrors(r.err);
  });
});

describe.skipIf(!hasBadinput)(`accord analyze on hostile inputs (${hasBadinput ? 'badinput' : 'SKIPPED: ../shared/badinput not found'})`, () => {
  const files = hasBadinput ? readdirSync(badinput).sort() : [];
  const large: string[] = [];
  const results = new Map<string, Run>();
  const resultOf = async (file: string) => {
    if (!results.has(file)) results.set(file, await run('analyze', file));
    return results.get(file)!;
  };

  beforeAll(() => {
    const dir = join(tmp, 'large');
    execFileSync('bash', [join(badinput, 'make-large.sh'), dir], { stdio: 'ignore' });
    for (const name of ['large-article.txt', 'large-body.json']) if (existsSync(join(dir, name))) large.push(join(dir, name));
  }, 120_000);

  it.each(files)('%s gives valid JSON or one-line errors, never a stack trace', async (name) => {
    const file = join(badinput, name);
    const r = await resultOf(file);
    expectCleanErrors(r.err);
    expect(r.out.length + r.err.length).toBeGreaterThan(0);
    expect(r.code).toBe(r.err.length > 0 ? 1 : 0);
    const analyses = r.out.map(parseAnalysis);
    if (!['.html', '.htm', '.json', '.jsonl', '.ndjson'].includes(extname(name)) && analyses.length === 1) {
      expectExactSpans(decodeBytes(readFileSync(file)).text, analyses[0]!);
    }
  });

  it('analyses the large inputs written by make-large.sh', async () => {
    expect(large.map((f) => basename(f))).toEqual(['large-article.txt', 'large-body.json']);
    for (const file of large) {
      const r = await run('analyze', '--no-sentences', file);
      expectCleanErrors(r.err);
      expect(r.code).toBe(0);
      expect(r.out).toHaveLength(1);
      const analysis = parseAnalysis(r.out[0]!);
      expect(analysis.language).toBe('ar');
      expect(analysis.stances.length).toBeGreaterThan(0);
      if (file.endsWith('.txt')) expectExactSpans(readFileSync(file, 'utf8'), analysis);
    }
  });

  it('says binary.bin is not a text file', async () => {
    const r = await resultOf(join(badinput, 'binary.bin'));
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('not a text file');
  });

  it('gives an empty analysis for empty.txt and whitespace-only.txt', async () => {
    for (const name of ['empty.txt', 'whitespace-only.txt']) {
      const r = await resultOf(join(badinput, name));
      expect(r.code).toBe(0);
      expect(r.err).toEqual([]);
      const analysis = parseAnalysis(r.out[0]!);
      expect(analysis.stances).toEqual([]);
      expect(analysis.agreements).toEqual([]);
      expect(analysis.actors).toEqual([]);
    }
  });

  it('decodes cp1256-arabic.txt and utf16le-bom.txt to Arabic analyses', async () => {
    for (const name of ['cp1256-arabic.txt', 'utf16le-bom.txt']) {
      const r = await resultOf(join(badinput, name));
      expect(r.code, name).toBe(0);
      const analysis = parseAnalysis(r.out[0]!);
      expect(analysis.language, name).toBe('ar');
      expect(analysis.actors.length + analysis.stances.length, name).toBeGreaterThan(0);
      expect(
        analysis.actors.map((a) => a.country),
        name,
      ).toContain('EG');
    }
  });

  it('prints the good records of malformed.jsonl and reports each bad line by number', async () => {
    const file = join(badinput, 'malformed.jsonl');
    const r = await resultOf(file);
    expect(r.code).toBe(1);
    expect(r.out.map((line) => parseAnalysis(line).id)).toEqual(['ok-1', 'ok-2']);
    const reported = r.err.map((line) => Number(/malformed\.jsonl:(\d+):/.exec(line)?.[1]));
    expect(reported).toEqual([2, 3, 4, 5, 6, 7, 9]);
    expect(r.err.find((line) => line.includes(':9:'))).toContain('duplicate id');
  });
});

describe.skipIf(!hasSeed)('accord eval', () => {
  it('prints a table and a total line', async () => {
    const r = await run('eval', seedDir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.some((line) => line.startsWith('egypt-russia-moscow'))).toBe(true);
    expect(r.out.some((line) => /^total\b.*\(1 articles\): stance P .* position P .* agreement accuracy/.test(line))).toBe(true);
  });

  it('prints parseable JSON with --json, and the seed scores position F1 >= 0.9', async () => {
    const r = await run('eval', '--json', seedDir);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.out.join('\n')) as {
      total: { articles: number; position: { f1: number }; agreement: { accuracy: number } };
      articles: Array<{ id: string }>;
    };
    expect(scores.total.articles).toBe(1);
    expect(scores.articles.map((a) => a.id)).toEqual(['egypt-russia-moscow']);
    expect(scores.total.position.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reports a folder with no gold files in one line', async () => {
    const empty = join(tmp, 'no-gold');
    mkdirSync(empty, { recursive: true });
    const r = await run('eval', empty);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expectCleanErrors(r.err);
  });
});
