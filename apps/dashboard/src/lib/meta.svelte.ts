/** Names of countries, issues and position codes, fetched once and shared by every page. */
import { api } from './api';
import type { ActorItem, ActorList, CountryItem, CountryList, IssueItem, IssueList, IssuePositionsList } from './types';

/** A position code as the labels need it: the issue it is listed under, the code and its label. */
interface PositionLabel {
  issue: string;
  code: string;
  label: string;
}

class Meta {
  countries = $state<CountryItem[]>([]);
  issues = $state<IssueItem[]>([]);
  positions = $state<PositionLabel[]>([]);
  actors = $state<ActorItem[]>([]);
  #loading: Promise<void> | null = null;

  /** Starts the look-ups once; pages render codes until the names arrive. */
  load(fetcher: typeof fetch): Promise<void> {
    this.#loading ??= Promise.allSettled([
      api<CountryList>(fetcher, '/countries').then((r) => (this.countries = r.items)),
      api<IssueList>(fetcher, '/issues').then((r) => (this.issues = r.items)),
      api<IssuePositionsList>(fetcher, '/positions').then(
        (r) => (this.positions = r.items.flatMap(({ issue, positions }) => positions.map(({ code, label }) => ({ issue, code, label })))),
      ),
      api<ActorList>(fetcher, '/actors').then((r) => (this.actors = r.items)),
    ]).then((settled) => {
      // A look-up that failed is tried again by the next page, instead of leaving every page without names.
      if (settled.some((r) => r.status === 'rejected')) this.#loading = null;
    });
    return this.#loading;
  }
}

export const meta = new Meta();

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * A country's English name: the API's, else the browser's region name, else the code.
 * @example countryName('EG') // 'Egypt'
 */
export function countryName(code: string): string {
  const item = meta.countries.find((c) => c.code === code);
  if (item) return item.names.en || code;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Every known country as a select option, by English name; `keep` stays listed even when unknown.
 * @example countryOptions()[0] // { value: 'AF', label: 'Afghanistan' }
 */
export function countryOptions(keep = ''): Array<{ value: string; label: string }> {
  const options = meta.countries.map((c) => ({ value: c.code, label: countryName(c.code) }));
  if (keep && !options.some((o) => o.value === keep)) options.push({ value: keep, label: countryName(keep) });
  return options.sort((x, y) => x.label.localeCompare(y.label));
}

/**
 * A relation target's name: a country's (two upper-case letters), else the actor's label without
 * its article ("Houthis"), else the id in words.
 * @example targetName('houthis') // 'Houthis'
 */
export function targetName(target: string): string {
  if (/^[A-Z]{2}$/.test(target)) return countryName(target);
  const label = meta.actors.find((a) => a.id === target)?.label.en;
  if (label) return label.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());
  return target.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * A cell in words.
 * @example relationTitle({ source: 'SA', target: 'houthis' }) // 'Saudi Arabia → Houthis'
 */
export function relationTitle(cell: { source: string; target: string }): string {
  return `${countryName(cell.source)} → ${targetName(cell.target)}`;
}

/**
 * What can be chosen as a target: the issue's actors first, then every country.
 * @example targetOptions('yemen')[0] // { value: 'houthis', label: 'Houthis (actor)' }
 */
export function targetOptions(issue: string): Array<{ value: string; label: string }> {
  const actors = [...meta.actors].sort((x, y) => Number(y.issue === issue) - Number(x.issue === issue) || x.id.localeCompare(y.id));
  const countries = meta.countries.map((c) => ({ value: c.code, label: countryName(c.code) })).sort((x, y) => x.label.localeCompare(y.label));
  return [...actors.map((a) => ({ value: a.id, label: `${targetName(a.id)} (actor)` })), ...countries];
}

export const LANGUAGES = [
  { value: 'ar', label: 'Arabic' },
  { value: 'en', label: 'English' },
];

/** @example issueLabel('palestine') // 'Palestine' */
export function issueLabel(id: string): string {
  const item = meta.issues.find((i) => i.id === id);
  return item?.label.en || id.charAt(0).toUpperCase() + id.slice(1).replaceAll('_', ' ');
}

/** @example codeLabel('political_solution') // 'political solution' (or the API's label) */
export function codeLabel(code: string, issue?: string): string {
  const item = meta.positions.find((p) => p.code === code && (!issue || p.issue === issue));
  return item?.label || code.replaceAll('_', ' ');
}
