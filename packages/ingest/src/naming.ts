import { IngestError } from './error.js';

/** What a file name says about its article. */
export interface NameFacts {
  country?: string;
  date?: string;
}

/** Presets for `--name-pattern`: the UN General Debate files are `ISO3_session_year.txt`. */
const PRESETS: Record<string, string> = { ungd: '{country}_{*}_{year}' };

const FIELDS: Record<string, string> = {
  country: '(?<country>[A-Za-z]{2,3})',
  year: '(?<year>\\d{4})',
  date: '(?<date>\\d{4}-\\d{2}-\\d{2})',
  '*': '[^/]*?',
};

/**
 * Compiles a file-name pattern such as `{country}_{*}_{year}` (or the preset `ungd`) into a function
 * that reads the speaker country (ISO alpha-2 or alpha-3) and the date from a file's base name
 * without extension. An unknown field is an IngestError `bad_pattern`.
 *
 * @example
 * namePattern('ungd')('EGY_70_2015'); // { country: 'EGY', date: '2015-01-01' }
 */
export function namePattern(pattern: string): (baseName: string) => NameFacts | null {
  const source = PRESETS[pattern] ?? pattern;
  let regex = '';
  let last = 0;
  for (const m of source.matchAll(/\{([^}]*)\}/g)) {
    regex += escape(source.slice(last, m.index));
    const field = FIELDS[m[1]!];
    if (!field) throw new IngestError('bad_pattern', `unknown field {${m[1]}}; use {country}, {year}, {date} or {*}`);
    regex += field;
    last = m.index + m[0].length;
  }
  regex += escape(source.slice(last));
  const compiled = new RegExp(`^${regex}$`);
  return (baseName) => {
    const groups = compiled.exec(baseName)?.groups;
    if (!groups) return null;
    const facts: NameFacts = {};
    if (groups.country) facts.country = groups.country;
    if (groups.date) facts.date = groups.date;
    else if (groups.year) facts.date = `${groups.year}-01-01`;
    return facts;
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
