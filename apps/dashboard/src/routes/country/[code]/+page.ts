import { api } from '$lib/api';
import { loadPerBucket } from '$lib/dates';
import { chosenBucket, readFilters } from '$lib/filters';
import { countryParam } from '$lib/params';
import type { CountryProfile } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url, params }) => {
  const code = countryParam(params.code);
  const filters = readFilters(url);
  const bucket = chosenBucket(url);
  const profile = loadPerBucket(
    bucket,
    (bucket) => api<CountryProfile>(fetch, `/countries/${code}`, { params: { from: filters.from, to: filters.to, bucket } }).then((p) => ({ ...p, bucket })),
    (yearly) => new Set(yearly.issues.flatMap((i) => i.trend.map((t) => t.bucket))).size,
  );
  // The page awaits it in markup; this handler only stops an early rejection being reported as unhandled.
  profile.catch(() => {});
  return { code, filters, bucket, profile };
};
