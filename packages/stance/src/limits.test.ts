import { describe, expect, it } from 'vitest';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, checkLimits } from '../../../scripts/check-limits.js';

// The engine's rooms stay small enough to read: issue 10's limits, held for the four engine packages
// (scripts/check-limits.ts reports them for every package).
describe('the engine packages (text, lexicon, parser, stance)', () => {
  const report = checkLimits(['packages/text', 'packages/lexicon', 'packages/parser', 'packages/stance']);

  it(`have no file over ${MAX_FILE_LINES} lines`, () => expect(report.longFiles).toEqual([]));
  it(`have no function over ${MAX_FUNCTION_LINES} lines`, () => expect(report.longFunctions).toEqual([]));
  it('have no import circle', () => expect(report.cycles).toEqual([]));
});
