import type { CorpusFilter, Store, StoredArticle } from './types.js';

/**
 * Every article a filter matches, read page by page of the largest size (500), in the list's
 * order: for exports, which hold every match where JSON lists come in pages.
 *
 * @example
 * const articles = await everyArticle(store, { source: 'spa' });
 */
export async function everyArticle(store: Store, filter: CorpusFilter): Promise<StoredArticle[]> {
  const articles: StoredArticle[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await store.listArticles({ ...filter, cursor, limit: 500 });
    articles.push(...page.items);
    if (!page.nextCursor) return articles;
    cursor = page.nextCursor;
  }
}
