import { StoreError } from './error.js';

/** Where a page of articles ended: the last article's date and id (the list's sort key). */
export interface CursorKey {
  date: string | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.date, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalid(cause);
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid();
  const [date, id] = value as unknown[];
  // Only what the store wrote can come back: a day and an article id, nothing a query would choke on.
  if ((date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))) || typeof id !== 'string' || !/^[0-9a-f]{16}$/.test(id))
    throw invalid();
  return { date, id };
}

function invalid(cause?: unknown): StoreError {
  return new StoreError('invalid_cursor', 'the cursor is not one this store returned: pass back `nextCursor` unchanged, or omit it for the first page', {
    cause,
  });
}
