import { defaultLexicon, defaultLexiconData } from '@accord/lexicon';
import { resolveCountry } from '@accord/stance';
import { IngestError, plainMessage } from './error.js';

/**
 * An ISO 3166-1 alpha-2 or alpha-3 code, in any case, as the lexicon's alpha-2 code. Every edge
 * that takes a country from a person (a flag, a query parameter, a request body, a file name)
 * resolves it here, so an unknown code reads the same everywhere.
 *
 * @example
 * countryCode('egy'); // 'EG'
 * countryCode('XX'); // throws IngestError unknown_country: unknown country code "XX": use ISO 3166-1 alpha-2 (SY) or alpha-3 (SYR)
 */
export function countryCode(code: string): string {
  try {
    return resolveCountry(defaultLexicon(), code);
  } catch (cause) {
    throw new IngestError('unknown_country', plainMessage(cause), { cause });
  }
}

/**
 * A comma list of codes as alpha-2 codes, each once, sorted; empty entries are left out, so an
 * emptied field is no list at all.
 *
 * @example
 * countryCodes('RUS, eg,EG,'); // ['EG', 'RU']
 */
export function countryCodes(list: string): string[] {
  const codes = list
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  return [...new Set(codes.map(countryCode))].sort();
}

/**
 * `countryCode`, or undefined for a code the lexicon does not know: for codes read from file
 * names, where an unknown one (the UN files have a few, such as EU) should not stop the text.
 *
 * @example
 * knownCountry('EGY'); // 'EG'
 * knownCountry('EU'); // undefined
 */
export function knownCountry(code: string): string | undefined {
  try {
    return countryCode(code);
  } catch {
    return undefined;
  }
}

/**
 * An issue id the lexicon knows, as given; an unknown one throws `unknown_issue` naming them all,
 * so every edge that takes an issue says it one way.
 *
 * @example
 * issueId('syria'); // 'syria'
 * issueId('mars'); // throws IngestError unknown_issue: unknown issue "mars": one of syria, libya, yemen, ...
 */
export function issueId(id: string): string {
  if (defaultLexicon().issues.has(id)) return id;
  throw new IngestError('unknown_issue', `unknown issue "${id}": one of ${defaultLexiconData.issues.map((i) => i.id).join(', ')}`);
}

/**
 * A relation target as the lexicon writes it: a country code (alpha-2 or alpha-3, any case, as
 * alpha-2) or an actor id of the ontology (`houthis`, any case); anything else throws
 * `unknown_target` naming the actors.
 *
 * @example
 * relationTarget('yem'); // 'YE'
 * relationTarget('Houthis'); // 'houthis'
 */
export function relationTarget(value: string): string {
  const actors = (defaultLexiconData.actors ?? []).map((a) => a.id);
  const id = value.trim().toLowerCase();
  if (actors.includes(id)) return id;
  const country = knownCountry(value);
  if (country) return country;
  throw new IngestError('unknown_target', `unknown relation target "${value}": a country code (SY or SYR) or one of ${actors.join(', ')}`);
}

/**
 * A comma list of relation targets, each once, sorted; empty entries are left out.
 *
 * @example
 * relationTargets('houthis, YEM,'); // ['YE', 'houthis']
 */
export function relationTargets(list: string): string[] {
  const targets = list
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(targets.map(relationTarget))].sort();
}
