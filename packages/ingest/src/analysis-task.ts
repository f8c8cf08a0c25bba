import { fingerprint, type Fingerprint } from '@accord/corpus';
import { analyze, type Analysis } from '@accord/stance';

export interface AnalysisTask {
  text: string;
  language?: 'ar' | 'en' | undefined;
  date?: string | undefined;
  speakerCountry?: string | undefined;
  /** Only the analysis, as `/analyze` returns it: no sentences, no fingerprint. */
  plain?: boolean | undefined;
}

export interface AnalysisResult {
  analysis: Analysis;
  fingerprint: Fingerprint;
}

/**
 * What the store needs for one article: its analysis, sentences and speakers included (the
 * article page marks them), and its fingerprint.
 *
 * @example
 * analyzeForStore({ text: 'Egypt supports a ceasefire in Libya.' }).analysis.stances[0].country; // 'EG'
 */
export function analyzeForStore(task: AnalysisTask): AnalysisResult {
  const analysis = analyze({
    text: task.text,
    sentences: true,
    ...(task.language ? { language: task.language } : {}),
    ...(task.date ? { date: task.date } : {}),
    ...(task.speakerCountry ? { speakerCountry: task.speakerCountry } : {}),
  });
  return { analysis, fingerprint: fingerprint(task.text) };
}

/**
 * What a worker does with a task: the store's analysis and fingerprint, or with `plain` only the
 * analysis `/analyze` returns.
 *
 * @example
 * runTask({ text: 'Egypt supports a ceasefire.', plain: true }); // { analysis }
 */
export function runTask(task: AnalysisTask): AnalysisResult | { analysis: Analysis } {
  if (!task.plain) return analyzeForStore(task);
  const { text, language, date, speakerCountry } = task;
  return { analysis: analyze({ text, ...(language ? { language } : {}), ...(date ? { date } : {}), ...(speakerCountry ? { speakerCountry } : {}) }) };
}
