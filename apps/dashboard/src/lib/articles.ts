/** The article list's search: the fields the URL and the API share. */

export const ARTICLE_FIELDS = ['q', 'country', 'issue', 'language', 'source', 'from', 'to'] as const;
export type ArticleQuery = Record<(typeof ARTICLE_FIELDS)[number], string>;
export const PAGE_SIZE = 20;

/**
 * The search a URL holds; missing fields are empty.
 * @example articleQuery(new URL('http://x/articles?q=Idlib')).q // 'Idlib'
 */
export function articleQuery(url: URL): ArticleQuery {
  return Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, url.searchParams.get(f)?.trim() ?? ''])) as ArticleQuery;
}
