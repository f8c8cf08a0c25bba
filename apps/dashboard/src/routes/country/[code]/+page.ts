import { api } from '$lib/api';
import { readFilters } from '$lib/filters';
import { countryParam } from '$lib/params';
import type { CountryProfile } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url, params }) => {
  const code = countryParam(params.code);
  const filters = readFilters(url);
  const profile = api<CountryProfile>(fetch, `/countries/${code}`, { params: { from: filters.from, to: filters.to, bucket: filters.bucket } });
  // The page awaits it in markup; this handler only stops an early rejection being reported as unhandled.
  profile.catch(() => {});
  return { code, filters, profile };
};
