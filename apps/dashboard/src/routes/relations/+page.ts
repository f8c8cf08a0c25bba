import { api } from '$lib/api';
import { readRelationFilters } from '$lib/relations';
import type { RelationMatrix } from '$lib/types';
import type { PageLoad } from './$types';

/** Stating countries and targets shown when none are chosen: the best-evidenced of each. */
const TOP = 16;

export const load: PageLoad = ({ fetch, url }) => {
  const filters = readRelationFilters(url);
  // One sentence per cell says whether it has any; an opened cell reads its own.
  const matrix = api<RelationMatrix>(fetch, '/relations/matrix', { params: { ...filters, evidence: 1, top: TOP } });
  // The page awaits it in markup; this handler only stops an early rejection from being reported as unhandled.
  matrix.catch(() => {});
  return { filters, matrix };
};
