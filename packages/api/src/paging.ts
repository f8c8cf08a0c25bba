import { ApiError } from './problem.js';

// The store answers record lists whole; pages are slices of that (cached) answer, the cursor an offset.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ApiError('invalid-cursor', 'the cursor is not one this API gave: pass nextCursor back unchanged, or leave it out for the first page');
  return Number(match[1]);
}

/**
 * One page of a whole list: `limit` items after the cursor's offset, and the cursor of the next page.
 *
 * @example
 * pageOf(await readPositions(deps, filter), query.cursor, query.limit); // { items: [...], nextCursor: 'bzo1MA' }
 */
export function pageOf<T>(all: T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null } {
  const offset = decodeCursor(cursor);
  return { items: all.slice(offset, offset + limit), nextCursor: offset + limit < all.length ? encodeCursor(offset + limit) : null };
}
