import { api } from '$lib/api';
import { parseRange } from '$lib/highlight';
import type { ArticleWithAnalysis } from '$lib/types';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url, params }) => {
  const article = api<ArticleWithAnalysis>(fetch, `/articles/${encodeURIComponent(params.id)}`);
  // The page awaits it in markup; this handler only stops an early rejection being reported as unhandled.
  article.catch(() => {});
  return { id: params.id, article, focus: parseRange(url.searchParams.get('hl')) };
};
