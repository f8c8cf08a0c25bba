import { defaultLexicon, type CompiledLexicon, type Language } from '@accord/lexicon';
import { parseArticle, type ParsedArticle } from '@accord/parser';
import { compareStances } from './agreements.js';
import { mergeStances } from './stances.js';
import { calibrated, type Calibration } from './calibration.js';
import { labelPositions } from './label.js';
import { mergeRelations } from './merge-relations.js';
import type { Analysis, AnalysisActor } from './schema.js';
import { StanceError } from './error.js';

export interface AnalyzeOptions {
  /** The article text; every offset in the result indexes this exact string (UTF-16 code units). */
  text: string;
  id?: string;
  /** Detected from the script when omitted. */
  language?: Language;
  /** ISO date (YYYY or YYYY-MM-DD...) of the article: picks who held an office then. */
  date?: string;
  /** ISO alpha-2 or alpha-3 code of the country whose statement the whole text is (a UN speech). */
  speakerCountry?: string;
  /** Include sentences with their speakers (default true). */
  sentences?: boolean;
  lexicon?: CompiledLexicon;
  /** Curves from raw to calibrated confidence; default the shipped ones (`pnpm calibrate`). Empty curves give raw confidences. */
  calibration?: Calibration;
}

/**
 * Analyses one article: speakers and their countries, each country's positions per issue with
 * polarity, confidence and evidence spans, agreement between every pair of countries, and who
 * backs or blames whom (relations).
 * Empty or letterless text gives an empty analysis.
 *
 * @example
 * const analysis = analyze({ text: readFileSync('egypt-russia-moscow.ar.txt', 'utf8') });
 * analysis.agreements.find((a) => a.issue === 'palestine')?.label; // 'agree'
 */
export function analyze(options: AnalyzeOptions): Analysis {
  if (typeof options?.text !== 'string') throw new StanceError('invalid_input', 'analyze needs { text: string }');
  const lexicon = options.lexicon ?? defaultLexicon();
  const speakerCountry = options.speakerCountry ? resolveCountry(lexicon, options.speakerCountry) : undefined;
  const article = parseArticle({ text: options.text, language: options.language, lexicon, date: options.date, speakerCountry });
  const { hits, signals, relations } = labelPositions(article, lexicon);
  const stances = mergeStances(hits);
  const agreements = compareStances(stances, signals);
  // Confidence means the share of such positions a gold reading confirms: calibrated once merged.
  for (const s of stances) for (const p of s.positions) p.confidence = calibrated('position', p.confidence, options.calibration);
  const merged = mergeRelations(relations);
  for (const r of merged) r.confidence = calibrated('relation', r.confidence, options.calibration);
  // The id leads the JSON so that JSON Lines read well; sentences come last, as the schema lists them.
  const analysis: Analysis = {
    ...(options.id !== undefined ? { id: options.id } : {}),
    language: article.language,
    actors: actorsOf(article),
    stances,
    agreements,
    relations: merged,
  };
  if (options.sentences !== false) analysis.sentences = sentencesOf(article);
  return analysis;
}

/**
 * An ISO alpha-2 or alpha-3 code (any case) as alpha-2; throws `unknown_country` otherwise.
 *
 * @example
 * resolveCountry(defaultLexicon(), 'egy'); // 'EG'
 */
export function resolveCountry(lexicon: CompiledLexicon, code: string): string {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2 && lexicon.countries.has(upper)) return upper;
  const fromIso3 = lexicon.iso3.get(upper);
  if (fromIso3) return fromIso3;
  throw new StanceError('unknown_country', `unknown country code "${code}": use ISO 3166-1 alpha-2 (SY) or alpha-3 (SYR)`);
}

function actorsOf(article: ParsedArticle): AnalysisActor[] {
  const map = article.norm.map;
  return article.actors
    .filter((a) => a.mentions.length > 0)
    .map((a) => {
      const seen = new Set<string>();
      const mentions = [];
      for (const m of a.mentions) {
        const span = { start: map[m.start]!, end: map[m.end]! };
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mentions.push(span);
      }
      mentions.sort((x, y) => x.start - y.start);
      return { name: a.name, country: a.country, role: a.role, mentions };
    });
}

function sentencesOf(article: ParsedArticle): NonNullable<Analysis['sentences']> {
  const map = article.norm.map;
  return article.sentences.map((s) => {
    const speaker = s.clauses.find((c) => c.speaker)?.speaker;
    return {
      start: map[s.start]!,
      end: map[s.end]!,
      speaker: speaker ? { name: speaker.actor.name, country: speaker.countries.length === 1 ? speaker.countries[0]! : null } : null,
    };
  });
}
