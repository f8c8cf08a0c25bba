import { describe, expect, it } from 'vitest';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, checkLimits } from './check-limits.js';

// Every room stays small enough to read: issue 10's limits, held for every package and app
// (`pnpm exec tsx scripts/check-limits.ts` prints the same report).
describe('packages/* and apps/*', () => {
  const report = checkLimits();

  it(`have no file over ${MAX_FILE_LINES} lines`, () => expect(report.longFiles).toEqual([]));
  it(`have no function over ${MAX_FUNCTION_LINES} lines`, () => expect(report.longFunctions).toEqual([]));
  it('have no import circle', () => expect(report.cycles).toEqual([]));
});
