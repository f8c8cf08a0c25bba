import { api } from '$lib/api';
import { apiFilters, readFilters } from '$lib/filters';
import type { AgreementMatrix } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url }) => {
  const filters = readFilters(url);
  // One evidence item per cell says whether it has any; an opened cell fetches its own. On the whole
  // shared corpus (166 countries, 13k cells) five per cell made a 19 MB response.
  const matrix = api<AgreementMatrix>(fetch, '/agreement', { params: { issue: filters.issue, evidence: 1, ...apiFilters(filters) } });
  // The page awaits it in markup; this handler only stops an early rejection from being reported as unhandled.
  matrix.catch(() => {});
  return { filters, matrix };
};
