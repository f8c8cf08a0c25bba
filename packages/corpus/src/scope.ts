import { agreementMatrix } from './matrix.js';
import { _isDay } from './bucket.js';
import { CorpusError } from './error.js';
import type { AgreementMatrix, AgreementRecord, PositionRecord, RelationRecord } from './types.js';

/** Which records a corpus measure reads; every field optional, combined with AND. */
export interface CorpusScope {
  /** YYYY-MM-DD, inclusive. Undated records drop out when from or to is set. */
  from?: string;
  to?: string;
  source?: string;
  language?: 'ar' | 'en';
  /** ISO alpha-2 codes: a position's country, or both sides of an agreement. */
  countries?: string[];
  issue?: string;
}

/** A scope as a command line or a query string gives it, countries already resolved to alpha-2. */
export interface ScopeInput {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  language?: string | undefined;
  countries?: string[] | undefined;
  issue?: string | undefined;
}

/**
 * The scope a host's filters ask for, checked one way for every host: `from` and `to` real days
 * written YYYY-MM-DD and in order, `language` ar or en. Unset and empty values are left out, so an
 * emptied form field, or an empty countries list, asks for everything. A bad value throws
 * CorpusError `invalid_filter` with its `field`; messages name fields as `name` writes them
 * (`--from` on a command line).
 *
 * @example
 * corpusScope({ from: '2025-01-01', to: '2020-01-01' }, { name: (f) => `--${f}` });
 * // throws: --from 2025-01-01 is after --to 2020-01-01: swap them, or leave one out
 */
export function corpusScope(input: ScopeInput, options: { name?: (field: string) => string } = {}): CorpusScope {
  const name = options.name ?? ((field: string) => field);
  const scope: CorpusScope = {};
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (!value) continue;
    if (!_isDay(value)) throw new CorpusError('invalid_filter', `${name(field)} must be YYYY-MM-DD, not "${value}"`, { field });
    scope[field] = value;
  }
  // An empty answer would look like "no evidence"; a swapped range is the caller's mistake to hear about.
  if (scope.from && scope.to && scope.from > scope.to) {
    throw new CorpusError('invalid_filter', `${name('from')} ${scope.from} is after ${name('to')} ${scope.to}: swap them, or leave one out`, { field: 'from' });
  }
  if (input.language) {
    if (input.language !== 'ar' && input.language !== 'en')
      throw new CorpusError('invalid_filter', `${name('language')} must be ar or en, not "${input.language}"`, { field: 'language' });
    scope.language = input.language;
  }
  if (input.source) scope.source = input.source;
  if (input.issue) scope.issue = input.issue;
  if (input.countries?.length) scope.countries = input.countries;
  return scope;
}

/** Where corpus records come from: a store, or a cache in front of one. */
export interface RecordSource {
  positions(scope: CorpusScope): Promise<PositionRecord[]>;
  agreements(scope: CorpusScope): Promise<AgreementRecord[]>;
  /** A scope's `countries` are the stating countries here. */
  relations(scope: CorpusScope): Promise<RelationRecord[]>;
}

/** What a matrix or a timeline reads for a scope: every record kind, and the countries the cells are narrowed to. */
export interface ScopedRecords {
  positions: PositionRecord[];
  agreements: AgreementRecord[];
  relations: RelationRecord[];
  countries?: string[];
}

/**
 * The records a matrix or a timeline reads for a scope. Kappa's chance and alignment's common line
 * are taken over every country on the issue, so the whole scope is read without `countries`, which
 * comes back apart to narrow only the cells shown, never their values.
 *
 * @example
 * const { positions, agreements, relations, countries } = await scopeRecords(store, { issue: 'syria', countries: ['EG', 'RU'] });
 * agreementMatrix({ positions, agreements, relations, issue: 'syria', countries });
 */
export async function scopeRecords(source: RecordSource, scope: CorpusScope): Promise<ScopedRecords> {
  const { countries, ...wide } = scope;
  const [positions, agreements, relations] = await Promise.all([source.positions(wide), source.agreements(wide), source.relations(wide)]);
  return { positions, agreements, relations, ...(countries?.length ? { countries } : {}) };
}

/**
 * One issue's agreement matrix over a scope: the whole issue read (relations included, so every cell
 * carries its alignment and parts), `countries` narrowing the cells.
 *
 * @example
 * await scopedMatrix({ source: store, scope: { from: '2015-01-01', countries: ['EG', 'RU'] }, issue: 'syria', evidenceLimit: 20 });
 */
export async function scopedMatrix(options: { source: RecordSource; scope: CorpusScope; issue: string; evidenceLimit?: number }): Promise<AgreementMatrix> {
  const { positions, agreements, relations, countries } = await scopeRecords(options.source, { ...options.scope, issue: options.issue });
  return agreementMatrix({
    positions,
    agreements,
    relations,
    issue: options.issue,
    ...(countries ? { countries } : {}),
    ...(options.evidenceLimit !== undefined ? { evidenceLimit: options.evidenceLimit } : {}),
  });
}
