import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analysisSchema } from '@accord/stance';
import { decodeBytes } from '@accord/text';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, hasShared, seedPath, shared, testBackends, useTestApp } from './test-app.js';

const badinput = resolve(shared, 'badinput');
const hostileFiles = hasShared ? readdirSync(badinput).filter((f) => !/\.(md|sh)$/.test(f)) : [];
// make-large.sh takes seconds: write its files once for every backend's suite.
let largeDir: string | undefined;
const largeBody = () => {
  if (!largeDir) {
    largeDir = mkdtempSync(join(tmpdir(), 'accord-large-'));
    execFileSync('bash', [resolve(badinput, 'make-large.sh'), largeDir]);
  }
  return readFileSync(join(largeDir, 'large-body.json'));
};
afterAll(() => largeDir && rmSync(largeDir, { recursive: true, force: true }));

const TEXT = 'Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.';

describe.each(testBackends())('POST /api/v1/analyze on %s', (backend) => {
  const t = useTestApp(backend);

  it('analyses JSON and stores nothing', async () => {
    const res = await t.call('POST', '/api/v1/analyze', { json: { text: TEXT, language: 'en', date: '2017' } });
    expect(res.status).toBe(200);
    expect(res.json.stances).toContainEqual(expect.objectContaining({ country: 'RU', issue: 'syria' }));
    expect((await t.store.stats()).articles).toBe(0);
  });

  it('analyses text/plain with options in the query, and says which encoding it decoded', async () => {
    const res = await t.call('POST', '/api/v1/analyze?language=en&speakerCountry=rus', { body: TEXT, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('accord-text-encoding')).toBe('utf-8');
    expect(res.json.language).toBe('en');
  });

  it('gives an empty analysis for an empty text', async () => {
    const res = await t.call('POST', '/api/v1/analyze', { json: { text: '' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ actors: [], stances: [], agreements: [] });
  });

  it('names the field of a validation error', async () => {
    const missing = await t.call('POST', '/api/v1/analyze', { json: { title: 'no text' } });
    expectProblem(missing, 400, 'validation');
    expect(missing.json.detail).toMatch(/^body text: /);
    expect(missing.json.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    const language = await t.call('POST', '/api/v1/analyze', { json: { text: TEXT, language: 'fr' } });
    expectProblem(language, 400, 'validation');
    expect(language.json.errors[0].path).toBe('language');
    const date = await t.call('POST', '/api/v1/analyze?date=yesterday', { body: TEXT, headers: { 'content-type': 'text/plain' } });
    expectProblem(date, 400, 'validation');
    expect(date.json.detail).toMatch(/^query parameter date: /);
  });

  it('refuses an unknown speaker country', async () => {
    const res = await t.call('POST', '/api/v1/analyze', { json: { text: TEXT, speakerCountry: 'XX' } });
    expectProblem(res, 400, 'validation');
    expect(res.json.detail).toMatch(/speakerCountry: unknown country code "XX"/);
  });

  it('refuses malformed JSON, other media types and a missing body', async () => {
    expectProblem(await t.call('POST', '/api/v1/analyze', { body: '{"text": ', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
    expectProblem(await t.call('POST', '/api/v1/analyze', { body: '<text/>', headers: { 'content-type': 'application/xml' } }), 415, 'unsupported-media-type');
    expectProblem(
      await t.call('POST', '/api/v1/analyze', { body: TEXT, headers: { 'content-type': 'text/plain; charset=klingon' } }),
      415,
      'unsupported-media-type',
    );
    expectProblem(await t.call('POST', '/api/v1/analyze'), 400, 'validation');
  });

  it.skipIf(!hasShared)('decodes a declared charset', async () => {
    const bytes = readFileSync(resolve(badinput, 'cp1256-arabic.txt'));
    const res = await t.call('POST', '/api/v1/analyze', { body: bytes, headers: { 'content-type': 'text/plain; charset=windows-1256' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('accord-text-encoding')).toBe('windows-1256');
    expect(res.json.language).toBe('ar');
  });

  it.skipIf(!hasShared)('finds the seed article’s EG–RU agreements on syria, libya, palestine and terrorism', async () => {
    const res = await t.call('POST', '/api/v1/analyze', { body: readFileSync(seedPath), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(200);
    const pairs = res.json.agreements.filter((a: { a: string; b: string; label: string }) => a.a === 'EG' && a.b === 'RU' && a.label === 'agree');
    expect(pairs.map((a: { issue: string }) => a.issue)).toEqual(expect.arrayContaining(['syria', 'libya', 'palestine', 'terrorism']));
  });

  describe.skipIf(!hasShared)('hostile inputs of /work/shared/badinput', () => {
    it.each(hostileFiles)('%s as text/plain bytes: an analysis or a 4xx problem, quickly', async (file) => {
      const bytes = readFileSync(resolve(badinput, file));
      const started = performance.now();
      const res = await t.call('POST', '/api/v1/analyze', { body: bytes, headers: { 'content-type': 'text/plain' } });
      expect(performance.now() - started).toBeLessThan(15_000);
      if (res.status === 200) expect(analysisSchema.safeParse(res.json).success).toBe(true);
      else expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      if (file === 'binary.bin') expectProblem(res, 422, 'not-text');
      if (file === 'empty.txt' || file === 'whitespace-only.txt') expect(res.json.stances).toEqual([]);
      if (file === 'no-punctuation-long.txt') expectProblem(res, 413, 'payload-too-large');
    });

    it.each(hostileFiles.filter((f) => f !== 'binary.bin'))('%s as JSON: an analysis or a 4xx problem', async (file) => {
      const { text } = decodeBytes(readFileSync(resolve(badinput, file)));
      const res = await t.call('POST', '/api/v1/analyze', { json: { text } });
      expect([200, 413]).toContain(res.status);
      if (res.status === 200) expect(analysisSchema.safeParse(res.json).success).toBe(true);
    });

    it('analyses the 2.5 MB unpunctuated text in bounded time when the limit allows it', async () => {
      const call = t.withOptions({ bodyLimit: 4 * 1024 * 1024 });
      const started = performance.now();
      const res = await call('POST', '/api/v1/analyze', {
        body: readFileSync(resolve(badinput, 'no-punctuation-long.txt')),
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(20_000);
    });

    it('refuses the 2.7 MB body of make-large.sh with 413 under the default limit', async () => {
      const res = await t.call('POST', '/api/v1/analyze', { body: largeBody(), headers: { 'content-type': 'application/json' } });
      expectProblem(res, 413, 'payload-too-large');
      expect(res.json.detail).toMatch(/limit of 2097152 bytes/);
    });
  });
});
