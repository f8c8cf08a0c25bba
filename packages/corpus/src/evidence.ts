import type { AgreementCell, EvidenceRef, PositionRecord } from './types.js';

export type CellEvidence = AgreementCell['evidence'][number];

/** One evidence span with what it is evidence of: a position, or (position null) an explicit statement. */
export interface EvidenceEntry {
  date: string | null;
  ref: EvidenceRef;
  position: PositionRecord | null;
  /** Its place among the entries of every country's list once ranked, newest 0. */
  rank: number;
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
    entries.splice(lo, 0, { date, ref, position, rank: 0 });
    if (entries.length > this.limit) entries.pop();
  }
}

/** A finished evidence list, newest first: its entries to compare and the items cells show. */
export interface EvidenceList {
  entries: EvidenceEntry[];
  items: CellEvidence[];
}

export const NO_EVIDENCE: EvidenceList = { entries: [], items: [] };

/** The list as cells take it: its items are made once and shared by every cell that shows them. */
export const evidenceList = (entries: EvidenceEntry[]): EvidenceList => ({ entries, items: entries.map(toCellEvidence) });

/**
 * Ranks the entries of the countries' lists against each other in one sort (newest 0, ties
 * equal): a country's list is merged into a cell per partner, each merge then compares numbers.
 */
export function rankEntries(lists: EvidenceEntry[][]): void {
  const all = lists.flat().sort(newerEntry);
  let rank = 0;
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && newerEntry(all[i - 1]!, all[i]!) !== 0) rank++;
    all[i]!.rank = rank;
  }
}

/**
 * The `limit` newest of a's and b's ranked lists and their pair's list as cell evidence; on a
 * tie a's goes first, then b's, then the pair's. The pair's list is compared field by field: only
 * its one cell reads it, so ranking it would cost more than it saves. Cells share the items: a
 * matrix holds tens of thousands of cells, and copies would cost more than the rest of the cell.
 */
export function mergeNewest(a: EvidenceList, b: EvidenceList, pair: EvidenceList, limit: number): CellEvidence[] {
  const x = a.entries;
  const y = b.entries;
  const z = pair.entries;
  // Sized up front: pushing would give every cell's list a backing store of 17 slots.
  const out = new Array<CellEvidence>(Math.min(limit, x.length + y.length + z.length));
  let i = 0;
  let j = 0;
  let k = 0;
  for (let n = 0; n < out.length; n++) {
    const fromA = i < x.length && (j >= y.length || x[i]!.rank <= y[j]!.rank);
    const head = fromA ? x[i] : j < y.length ? y[j] : undefined;
    if (k < z.length && (head === undefined || newerEntry(z[k]!, head) < 0)) out[n] = pair.items[k++]!;
    else if (fromA) out[n] = a.items[i++]!;
    else out[n] = b.items[j++]!;
  }
  return out;
}

function toCellEvidence({ ref, position: p }: EvidenceEntry): CellEvidence {
  const { articleId, start, end, text } = ref;
  if (!p) return { articleId, start, end, text, country: null, code: null, polarity: null, kind: 'agreement' };
  return { articleId, start, end, text, country: p.country, code: p.code, polarity: p.polarity, kind: 'position' };
}
