import { api } from '$lib/api';
import { articleQuery, PAGE_SIZE } from '$lib/articles';
import type { ArticlePage } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url }) => {
  const query = articleQuery(url);
  const first = api<ArticlePage>(fetch, '/articles', { params: { ...query, limit: PAGE_SIZE } });
  // The page awaits it in markup; this handler only stops an early rejection being reported as unhandled.
  first.catch(() => {});
  return { query, first };
};
