import type { AgreementRecord, PositionRecord, RecordSource, RelationRecord } from '@accord/corpus';
import type { CorpusFilter, RelationFilter } from '@accord/store';
import type { Deps } from './env.js';
import { filterKey } from './query.js';

/**
 * The store's positions for a filter, through the query cache.
 *
 * @example
 * const positions = await readPositions(c.var.deps, { issue: 'syria' });
 */
export function readPositions({ store, cache }: Deps, filter: CorpusFilter): Promise<PositionRecord[]> {
  return cache.get(`positions:${filterKey(filter)}`, () => store.positions(filter));
}

/**
 * The store's agreements for a filter, through the query cache.
 *
 * @example
 * const agreements = await readAgreements(c.var.deps, { issue: 'syria' });
 */
export function readAgreements({ store, cache }: Deps, filter: CorpusFilter): Promise<AgreementRecord[]> {
  return cache.get(`agreements:${filterKey(filter)}`, () => store.agreements(filter));
}

/**
 * The store's relations for a filter (`countries` the stating countries), through the query cache.
 *
 * @example
 * const relations = await readRelations(c.var.deps, { issue: 'yemen', targets: ['houthis'] });
 */
export function readRelations({ store, cache }: Deps, filter: RelationFilter): Promise<RelationRecord[]> {
  return cache.get(`relations:${filterKey(filter)}`, () => store.relations(filter));
}

/**
 * The store's records through the query cache, for `@accord/corpus`'s readers.
 *
 * @example
 * const matrix = await scopedMatrix({ source: cachedRecords(deps), scope: filter, issue: 'syria' });
 */
export function cachedRecords(deps: Deps): RecordSource {
  return {
    positions: (scope) => readPositions(deps, scope),
    agreements: (scope) => readAgreements(deps, scope),
    relations: (scope) => readRelations(deps, scope),
  };
}

/**
 * A result computed from corpus records, cached under `name` and the filter until the next write.
 *
 * @example
 * const matrix = await computed(deps, 'matrix', filter, async () => agreementMatrix({ ... }));
 */
export function computed<T>({ cache }: Deps, name: string, filter: CorpusFilter & Record<string, unknown>, compute: () => Promise<T>): Promise<T> {
  return cache.get(`${name}:${filterKey(filter)}`, compute);
}
