import { api } from '$lib/api';
import { loadPerBucket } from '$lib/dates';
import { apiFilters, chosenBucket, readFilters } from '$lib/filters';
import { meta } from '$lib/meta.svelte';
import { countryParam } from '$lib/params';
import type { AgreementCell, AgreementMatrix, Timeline } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url, params }) => {
  const a = countryParam(params.a);
  const b = countryParam(params.b);
  const filters = readFilters(url);
  const period = { from: filters.from, to: filters.to };
  const cells = meta.load(fetch).then(() => {
    // With no issue list there is nothing to ask about: that is a failed call, not "no evidence".
    if (meta.issues.length === 0) throw new Error('the list of issues could not be loaded');
    return Promise.all(
      meta.issues.map(({ id: issue }) =>
        api<AgreementMatrix>(fetch, '/agreement', { params: { issue, ...apiFilters({ ...filters, countries: [a, b] }) } }).then(
          (m): { issue: string; cell: AgreementCell | null } => ({
            issue,
            cell: m.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a)) ?? null,
          }),
        ),
      ),
    );
  });
  const bucket = chosenBucket(url);
  const timeline = loadPerBucket(
    bucket,
    (bucket) => api<Timeline>(fetch, '/agreement/timeline', { params: { a, b, issue: filters.issue, bucket, ...period } }),
    (yearly) => yearly.points.length,
  );
  // The page awaits both in markup; these handlers only stop early rejections being reported as unhandled.
  cells.catch(() => {});
  timeline.catch(() => {});
  return { a, b, filters, bucket, cells, timeline };
};
