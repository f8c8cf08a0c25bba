import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput, inputProblem } from './validate.js';

describe('inputProblem: one check for every entry point', () => {
  it('refuses dates that are not calendar days, with what is wrong', () => {
    expect(inputProblem({ date: '2017-13-45' })?.message).toMatch(/not a real date \(there is no month 13/);
    expect(inputProblem({ date: '2017-02-29' })?.message).toMatch(/2017-02 has no day 29/);
    expect(inputProblem({ date: '2016-02-29' })).toBeNull();
    expect(inputProblem({ date: '2017-05-29T10:00:00Z' })).toBeNull();
    expect(inputProblem({ date: '2017' })?.message).toMatch(/must be YYYY-MM-DD/);
    expect(inputProblem({ date: '2017', partialDate: true })).toBeNull();
    expect(inputProblem({ date: '2017-13', partialDate: true })?.message).toMatch(/no month 13/);
  });

  it('refuses a text to store that has no letter, and binary sent as a string', () => {
    expect(inputProblem({ text: '\u200b\u200f\u2060 \u064b\u064b 123', store: true })).toMatchObject({ field: 'text', code: 'invalid_article' });
    expect(inputProblem({ text: '\u200b\u200f', store: false })).toBeNull();
    const binary = readFileSync(new URL('../../../../shared/badinput/binary.bin', import.meta.url));
    for (const encoding of ['latin1', 'utf8'] as const) expect(inputProblem({ text: binary.toString(encoding) })?.code).toBe('not_text');
    expect(() => checkInput({ text: 'Egypt supports a ceasefire.', date: '2020-06-06', store: true })).not.toThrow();
  });
});
