/** The "who backs whom" view: its filters in the URL, and how a relation cell is keyed and read. */
import { DEFAULT_ISSUE } from './filters';
import type { RelationCell } from './types';

export interface RelationFilters {
  issue: string;
  from: string;
  to: string;
  /** Stating countries shown (none: the best-evidenced). */
  sources: string[];
  /** Targets shown: country codes or actor ids (none: the best-evidenced). */
  targets: string[];
}

const TARGET = /^([A-Z]{2}|[a-z][a-z_]*)$/;

/**
 * The view's filters from a URL, with defaults for what is missing or malformed.
 * @example readRelationFilters(new URL('http://x/relations?issue=yemen&targets=houthis,YE')).targets // ['houthis', 'YE']
 */
export function readRelationFilters(url: URL): RelationFilters {
  const params = url.searchParams;
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(key) ?? '') ? params.get(key)! : '');
  const list = (key: string) =>
    (params.get(key) ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
  return {
    issue: params.get('issue') || DEFAULT_ISSUE,
    from: date('from'),
    to: date('to'),
    sources: list('sources')
      .map((c) => c.toUpperCase())
      .filter((c) => /^[A-Z]{2}$/.test(c)),
    targets: list('targets').filter((t) => TARGET.test(t)),
  };
}

/**
 * One key per stating country and target, as the URL's `cell` carries it.
 * @example relationKey('SA', 'houthis') // 'SA-houthis' (the source is always two letters)
 */
export function relationKey(source: string, target: string): string {
  return `${source}-${target}`;
}

/**
 * The stories behind a cell, in words.
 * @example storiesLine({ backs: 0, blames: 2 }) // 'backs in 0 stories, blames in 2'
 */
export function storiesLine(cell: Pick<RelationCell, 'backs' | 'blames'>): string {
  return `backs in ${cell.backs} ${cell.backs === 1 ? 'story' : 'stories'}, blames in ${cell.blames}`;
}
