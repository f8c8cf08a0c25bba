import { basename, dirname, extname } from 'node:path';
import { checkArticle, storable, type ArticleInput } from '@accord/store';
import type { AnalysisTask } from './analysis-task.js';
import { countryCode, knownCountry } from './country.js';
import { normalizeDate } from './dates.js';
import { IngestError, plainMessage } from './error.js';
import type { NameFacts } from './naming.js';
import { checkInput } from './validate.js';
import type { ReadFailure, SourceArticle } from './source.js';

/** An article to store, as a request body or a caller gives it; only `text` is needed. */
export interface NewArticle {
  text: string;
  title?: string | null | undefined;
  /** Detected from the script when omitted. */
  language?: 'ar' | 'en' | undefined;
  /** YYYY-MM-DD (an ISO timestamp is cut to its day). */
  date?: string | null | undefined;
  source?: string | null | undefined;
  url?: string | null | undefined;
  /** The caller's id for it (a JSON Lines `id`, a file name). */
  externalId?: string | null | undefined;
  /** ISO alpha-2 or alpha-3: the whole text is this country's statement (a UN speech). */
  speakerCountry?: string | null | undefined;
}

/** A checked article: what the store will keep (the language filled in after analysis) and what the analysis needs. */
export interface PreparedArticle {
  article: ArticleInput;
  task: AnalysisTask;
}

/**
 * Checks one article and readies it for analysis and the store: the text as the store keeps it
 * (NUL as U+FFFD, same offsets, so evidence quotes exactly what is stored), the speaker country
 * resolved to alpha-2, every field as `saveArticle` would take it. Throws IngestError
 * `invalid_article` or `unknown_country` with what is wrong, having written nothing.
 *
 * @example
 * prepareArticle({ text: 'We support a political solution in Syria.', speakerCountry: 'EGY' }).task.speakerCountry; // 'EG'
 */
export function prepareArticle(input: NewArticle): PreparedArticle {
  const text = storable(input.text);
  if (!text.trim()) throw new IngestError('invalid_article', 'empty text: nothing to analyse');
  checkInput({ text, date: input.date, store: true });
  const speakerCountry = input.speakerCountry ? countryCode(input.speakerCountry) : null;
  const date = input.date || null;
  const article: ArticleInput = {
    externalId: input.externalId ?? null,
    title: input.title ?? null,
    text,
    // A stand-in until the analysis says which; the language is then the analysis's own.
    language: input.language ?? 'en',
    date,
    source: input.source ?? null,
    url: input.url ?? null,
    speakerCountry,
  };
  try {
    checkArticle(article);
  } catch (cause) {
    throw new IngestError('invalid_article', plainMessage(cause), { cause });
  }
  return { article, task: { text, language: input.language, date: date ?? undefined, speakerCountry: speakerCountry ?? undefined } };
}

/** What a batch read from files says of every article, overriding what each says of itself. */
export interface SourceOverrides {
  language?: 'ar' | 'en' | undefined;
  date?: string | undefined;
  speakerCountry?: string | undefined;
  /** The speaker country and date from the file name (see `namePattern`), with the pattern for messages. */
  fromName?: { read: (baseName: string) => NameFacts | null; pattern: string } | undefined;
}

/**
 * An article read from a file as one to store: its date read in the common forms (or taken from
 * its file name), a title from its first line when it has none, and a source named after what
 * holds it when it names none. A file name that does not match the pattern is a failure.
 *
 * @example
 * fromSource({ id: 'EGY_70_2015', text: 'We support...', origin: 'ungd/EGY_70_2015.txt' }, { fromName: { read: namePattern('ungd'), pattern: 'ungd' } });
 * // { text: 'We support...', title: 'We support...', date: '2015-01-01', source: 'ungd', speakerCountry: 'EG', externalId: 'EGY_70_2015', ... }
 */
export function fromSource(source: SourceArticle, overrides: SourceOverrides = {}): NewArticle | ReadFailure {
  const named = overrides.fromName?.read(source.id) ?? undefined;
  if (overrides.fromName && !named)
    return { origin: source.origin, message: `file name "${source.id}" does not match --name-pattern ${overrides.fromName.pattern}` };
  return {
    externalId: source.id,
    title: source.title ?? firstLine(source.text),
    text: source.text,
    language: overrides.language,
    date: overrides.date ?? named?.date ?? normalizeDate(source.date),
    source: source.source ?? sourceOf(source.origin),
    url: source.url ?? null,
    speakerCountry: overrides.speakerCountry ?? (named?.country ? knownCountry(named.country) : undefined),
  };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n', 1)[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

// A record without its own source is named after what holds it: its JSON Lines file or archive,
// or for a lone file its folder.
function sourceOf(origin: string): string {
  const archive = /^(.*?\.(?:tar\.gz|tgz))\//i.exec(origin);
  if (archive) return basename(archive[1]!).replace(/\.(tar\.gz|tgz)$/i, '');
  const file = origin.replace(/(:\d+|\[\d+\])$/, '');
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return basename(file, extname(file));
  return basename(dirname(file)) || basename(file, extname(file));
}
