/**
 * The generic peer the stance measures are held against: TF-IDF cosine between countries' UN speech
 * paragraphs on an issue. It knows no positions and no alliances, only which words each country uses
 * when it speaks of the issue, so a stance measure that cannot beat it adds nothing over word choice.
 */
import { defaultLexicon, expandPhrase } from '@accord/lexicon';
import { pairwiseCosine } from './cosine.js';
import type { Speech } from './corpus-reader.js';

// Function words and the UN's own boilerplate: frequent everywhere, so IDF already damps them, but
// smoothed IDF never reaches zero and they would still carry most of a short paragraph's mass.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  mr madam president secretary-general general assembly session united nations delegation excellency`.split(/\s+/),
);

/** Case-insensitive whole-word matcher of the issue's English terms and its countries' names and adjectives (`@accord/lexicon`). */
export function issueMatcher(issue: string): RegExp {
  const lexicon = defaultLexicon();
  const entry = lexicon.issues.get(issue);
  if (!entry) throw new Error(`unknown issue '${issue}': the lexicon has ${[...lexicon.issues.keys()].join(', ')}`);
  const countryForms = entry.countries.flatMap((code) => {
    const c = lexicon.countries.get(code);
    return c ? [...c.en.names, ...c.en.adjectives] : [];
  });
  const phrases = [...entry.terms.en, ...countryForms].flatMap(expandPhrase);
  const escaped = [...new Set(phrases)].sort((x, y) => y.length - x.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * A speech's paragraphs. Most files hold one paragraph a line; about 800 (2011–2013 mostly) keep the
 * PDF's line wraps of ~40 characters, and there a paragraph starts on an indented or blank line.
 */
export function paragraphs(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const lengths = lines
    .filter((l) => l.trim())
    .map((l) => l.length)
    .sort((x, y) => x - y);
  if ((lengths[Math.floor(lengths.length / 2)] ?? 0) >= 80) return lines.filter((l) => l.trim());
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if ((!line.trim() || /^\s/.test(line)) && current.trim()) {
      out.push(current.trim());
      current = '';
    }
    current += ` ${line.trim()}`;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The paragraphs of a speech that mention the issue. */
export const issueParagraphs = (text: string, matcher: RegExp) => paragraphs(text).filter((p) => matcher.test(p));

const tokens = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []).filter((t) => t.length > 2 && !STOPWORDS.has(t));

/**
 * Cosine of sublinear-TF × smoothed-IDF vectors (documents = countries, each the concatenation of its
 * issue paragraphs over the speeches given), for every pair of countries with such paragraphs.
 *
 * @example
 * tfidfAgreement({ speeches, issue: 'palestine' }).get('IL|US'); // 0.41
 */
export function tfidfAgreement({ speeches, issue }: { speeches: Speech[]; issue: string }): Map<string, number> {
  const matcher = issueMatcher(issue);
  const counts = new Map<string, Map<string, number>>();
  for (const s of speeches) {
    const words = issueParagraphs(s.text, matcher).flatMap(tokens);
    if (words.length === 0) continue;
    const tf = counts.get(s.country) ?? counts.set(s.country, new Map()).get(s.country)!;
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  }
  const df = new Map<string, number>();
  for (const tf of counts.values()) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = counts.size;
  const idf = (w: string) => Math.log((1 + n) / (1 + df.get(w)!)) + 1;
  return pairwiseCosine(new Map([...counts].map(([country, tf]) => [country, new Map([...tf].map(([w, c]) => [w, (1 + Math.log(c)) * idf(w)]))])));
}
