import { CorpusError } from './error.js';

export const DEFAULT_EVIDENCE_LIMIT = 20;

/** A count of evidence items to keep: a whole number from 0, or Infinity for all. */
export function evidenceLimitOf(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_EVIDENCE_LIMIT;
  if (limit === Infinity || (Number.isInteger(limit) && limit >= 0)) return limit;
  throw new CorpusError('invalid_input', `evidenceLimit must be a whole number from 0 (or Infinity), not ${String(limit)}.`);
}
