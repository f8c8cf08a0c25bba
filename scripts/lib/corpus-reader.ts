/**
 * What the validation scripts read from a store, read once per filter and shared by every measure in
 * a run: positions, agreements and the UN General Debate speeches with their speaker country.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgreementRecord, PositionRecord, RelationRecord } from '@accord/corpus';
import { openStore, type CorpusFilter, type Store } from '@accord/store';

/** The `source` ingest gives the UN General Debate archive (its file name). */
export const UNGD_SOURCE = 'ungdc_2011_2024';

/** Years, inclusive. UN speeches are dated YYYY-01-01, so a year range takes each year's debate. */
export interface Period {
  from: number;
  to: number;
}

/** Which texts a measure reads: the UN speeches only (rule 13: each is its country's statement), or every source. */
export type TextScope = 'speeches' | 'all';

export interface Speech {
  articleId: string;
  country: string;
  year: number;
  text: string;
}

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
export const periodLabel = (p: Period | null) => (p ? (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`) : 'all dates');

/** `2015-2019` or `2015` as a Period; null for anything else. */
export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})(?:[-–](\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const period = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
  return period.from <= period.to ? period : null;
}

/** The shared corpus folder: ACCORD_CORPUS, else ../shared/corpus beside the repository. */
export function sharedCorpusDir(): string {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  return resolve(process.env.ACCORD_CORPUS ?? join(repoRoot, '../shared/corpus'));
}

/** A message for the caller to print and stop on when the shared corpus is absent, else null. */
export function corpusAbsent(files: string[] = []): string | null {
  const dir = sharedCorpusDir();
  const missing = existsSync(dir) ? files.map((f) => join(dir, f)).filter((f) => !existsSync(f)) : [dir];
  return missing.length === 0 ? null : `Skipped: ${missing.join(', ')} absent. Put the shared corpus in ../shared/corpus or set ACCORD_CORPUS.`;
}

export interface CorpusReader {
  /** Absent when the reader analyses the texts itself (`--analyze`). */
  store?: Store;
  positions(issue: string, period: Period | null, scope: TextScope): Promise<PositionRecord[]>;
  agreements(issue: string, period: Period | null, scope: TextScope): Promise<AgreementRecord[]>;
  relations(issue: string, period: Period | null, scope: TextScope): Promise<RelationRecord[]>;
  /** UN speeches of the period that have a speaker country. */
  speeches(period: Period | null): Promise<Speech[]>;
  close(): Promise<void>;
}

/**
 * Opens the store (`url`, else DATABASE_URL) and caches each read by its filter.
 *
 * @example
 * const corpus = await openCorpus({ url: 'file:/tmp/accord-corpus.db' });
 * const positions = await corpus.positions('syria', { from: 2011, to: 2019 }, 'speeches');
 */
export async function openCorpus({ url }: { url?: string }): Promise<CorpusReader> {
  const store = await openStore(url ? { url } : {});
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>) => (cache.get(key) ?? cache.set(key, read()).get(key)!) as Promise<T>;
  const filter = (issue: string | undefined, period: Period | null, scope: TextScope): CorpusFilter => ({
    ...(issue ? { issue } : {}),
    ...(scope === 'speeches' ? { source: UNGD_SOURCE } : {}),
    // Undated articles (the 2012 Arabic newspapers) drop out as soon as a period is set.
    ...(period ? { from: `${period.from}-01-01`, to: `${period.to}-12-31` } : {}),
  });
  const key = (kind: string, issue: string, period: Period | null, scope: TextScope) => `${kind}|${issue}|${periodLabel(period)}|${scope}`;
  return {
    store,
    positions: (issue, period, scope) => once(key('p', issue, period, scope), () => store.positions(filter(issue, period, scope))),
    agreements: (issue, period, scope) => once(key('a', issue, period, scope), () => store.agreements(filter(issue, period, scope))),
    relations: (issue, period, scope) => once(key('r', issue, period, scope), () => store.relations(filter(issue, period, scope))),
    speeches: (period) =>
      once(key('s', '', period, 'speeches'), async () => {
        const out: Speech[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.listArticles({ ...filter(undefined, period, 'speeches'), cursor, limit: 500 });
          for (const a of page.items)
            if (a.speakerCountry && a.date) out.push({ articleId: a.id, country: a.speakerCountry, year: Number(a.date.slice(0, 4)), text: a.text });
          cursor = page.nextCursor;
        } while (cursor);
        return out;
      }),
    close: () => store.close(),
  };
}
