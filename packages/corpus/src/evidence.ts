import type { AgreementCell, EvidenceRef, PositionRecord } from './types.js';

export type CellEvidence = AgreementCell['evidence'][number];

/** One evidence span with what it is evidence of: a position, or (position null) an explicit statement. */
export interface EvidenceEntry {
  date: string | null;
  ref: EvidenceRef;
  position: PositionRecord | null;
}

// Most recent first (undated last), then articleId, then place in the article, then country and code.
function newer(date: string | null, ref: EvidenceRef, position: PositionRecord | null, y: EvidenceEntry): number {
  if (date !== y.date) return date === null ? 1 : y.date === null ? -1 : date < y.date ? 1 : -1;
  if (ref.articleId !== y.ref.articleId) return ref.articleId < y.ref.articleId ? -1 : 1;
  if (ref.start !== y.ref.start) return ref.start - y.ref.start;
  return compareText(position?.country ?? '', y.position?.country ?? '') || compareText(position?.code ?? '', y.position?.code ?? '');
}

const newerEntry = (x: EvidenceEntry, y: EvidenceEntry): number => newer(x.date, x.ref, x.position, y);

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The `limit` newest evidence entries seen so far, newest first. Keeping only the top of each
 * country's list is enough: a pair's newest `limit` entries are among the two countries' tops.
 */
export class NewestEvidence {
  readonly entries: EvidenceEntry[] = [];
  constructor(private readonly limit: number) {}

  // Takes the fields rather than an entry: most spans lose to the current tail and need no object.
  add(date: string | null, ref: EvidenceRef, position: PositionRecord | null): void {
    const entries = this.entries;
    const last = entries[entries.length - 1];
    if (entries.length >= this.limit && (last === undefined || newer(date, ref, position, last) >= 0)) return;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newer(date, ref, position, entries[mid]!) >= 0) lo = mid + 1;
      else hi = mid;
    }
    entries.splice(lo, 0, { date, ref, position });
    if (entries.length > this.limit) entries.pop();
  }
}

/** Merges lists that are each newest first into the `limit` newest, as cell evidence. */
export function mergeNewest(lists: EvidenceEntry[][], limit: number): CellEvidence[] {
  const heads = lists.map(() => 0);
  const out: CellEvidence[] = [];
  while (out.length < limit) {
    let best: EvidenceEntry | undefined;
    let from = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![heads[i]!];
      if (head && (!best || newerEntry(head, best) < 0)) [best, from] = [head, i];
    }
    if (!best) break;
    heads[from]!++;
    out.push(toCellEvidence(best));
  }
  return out;
}

function toCellEvidence({ ref, position: p }: EvidenceEntry): CellEvidence {
  const { articleId, start, end, text } = ref;
  if (!p) return { articleId, start, end, text, country: null, code: null, polarity: null, kind: 'agreement' };
  return { articleId, start, end, text, country: p.country, code: p.code, polarity: p.polarity, kind: 'position' };
}
