import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.js';
import { namePattern } from './naming.js';
import { articleSources } from './sources.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'accord-sources-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dates and file names', () => {
  it('reads the dates sources print', () => {
    expect(normalizeDate('2015-08-10 19:23:06')).toBe('2015-08-10');
    expect(normalizeDate('08 May 2024, 23:15')).toBe('2024-05-08');
    expect(normalizeDate('التاريخ: 18 يوليو 2012')).toBe('2012-07-18');
    expect(normalizeDate('May 8, 2024')).toBe('2024-05-08');
    expect(normalizeDate('١٨/٠٧/٢٠١٢')).toBe('2012-07-18');
    expect(normalizeDate('2015')).toBe('2015-01-01');
    expect(normalizeDate('2015-02-30')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
  });

  it('takes country and year from UN General Debate names, and rejects unknown fields', () => {
    expect(namePattern('ungd')('EGY_70_2015')).toEqual({ country: 'EGY', date: '2015-01-01' });
    expect(namePattern('{country}-{date}')('RU-2020-03-01')).toEqual({ country: 'RU', date: '2020-03-01' });
    expect(namePattern('ungd')('readme')).toBeNull();
    expect(() => namePattern('{nation}_{year}')).toThrow(/unknown field \{nation\}/);
  });
});

describe('articleSources', () => {
  it('yields every entry of a large archive to a slow reader, and stops reading it when the reader stops', async () => {
    const src = join(tmp, 'many-entries');
    mkdirSync(join(src, 'a'), { recursive: true });
    for (let i = 0; i < 500; i++) writeFileSync(join(src, 'a', `f${i}.txt`), `Entry ${i}.`);
    const archive = join(tmp, 'many-entries.tar.gz');
    await tar.c({ gzip: true, file: archive, cwd: src }, ['a']);
    const seen = new Set<string>();
    for await (const item of articleSources([archive])) {
      if ('article' in item) seen.add(item.article.text);
      if (seen.size % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen.size).toBe(500);
    let taken = 0;
    for await (const item of articleSources([archive])) if ('article' in item && ++taken === 3) break;
    expect(taken).toBe(3);
  }, 30_000);
});
