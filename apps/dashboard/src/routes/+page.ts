import { api } from '$lib/api';
import { apiFilters, readFilters } from '$lib/filters';
import type { AgreementMatrix } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url }) => {
  const filters = readFilters(url);
  const matrix = api<AgreementMatrix>(fetch, '/agreement', { params: { issue: filters.issue, ...apiFilters(filters) } });
  // The page awaits it in markup; this handler only stops an early rejection from being reported as unhandled.
  matrix.catch(() => {});
  return { filters, matrix };
};
