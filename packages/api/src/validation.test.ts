import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectProblem, hasShared, shared, useTestApp } from './test-app.js';

const binary = () => readFileSync(resolve(shared, 'badinput/binary.bin'));

describe('one validation for /analyze and POST /articles', () => {
  const t = useTestApp('sqlite');

  it('refuses a date that is no calendar day', async () => {
    const res = await t.call('POST', '/api/v1/analyze', { json: { text: 'Egypt supports a ceasefire in Libya.', date: '2017-13-45' } });
    expectProblem(res, 400, 'validation');
    expect(res.json.detail).toMatch(/date: date "2017-13-45" is not a real date \(there is no month 13/);
    expectProblem(await t.call('POST', '/api/v1/analyze?date=2017-02-30', { body: 'Egypt.', headers: { 'content-type': 'text/plain' } }), 400, 'validation');
  });

  it.runIf(hasShared)('refuses binary sent as a JSON string as it refuses binary text/plain, and stores nothing', async () => {
    const plain = await t.call('POST', '/api/v1/analyze', { body: binary(), headers: { 'content-type': 'text/plain' } });
    expectProblem(plain, 422, 'not-text');
    expectProblem(await t.call('POST', '/api/v1/analyze', { json: { text: binary().toString('latin1') } }), 422, 'not-text');
    const stored = await t.call('POST', '/api/v1/articles', { json: { text: binary().toString('latin1') } });
    expectProblem(stored, 422, 'not-text');
    expect((await t.store.stats()).articles).toBe(0);
  });

  it('refuses to store a text of invisible characters only', async () => {
    const res = await t.call('POST', '/api/v1/articles', {
      json: { articles: [{ text: 'Egypt supports a ceasefire.' }, { text: '\u200b\u200f\u2060\u202e' }] },
    });
    expectProblem(res, 400, 'validation');
    expect(res.json.detail).toMatch(/article 2: the text has no letters/);
    expect((await t.store.stats()).articles).toBe(0);
  });
});
