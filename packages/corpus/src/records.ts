import type { AgreementRecord, EvidenceRef, PositionRecord, RelationRecord } from './types.js';

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/**
 * The part of `@accord/stance`'s `Analysis` that records are made from. Written out here because
 * this package does not depend on `@accord/stance`; any `Analysis` is assignable to it.
 */
export interface StanceAnalysis {
  stances: Array<{
    country: string;
    issue: string;
    positions: Array<{ code: string; polarity: 1 | -1; confidence: number; evidence: SpanLike[] }>;
  }>;
  agreements: Array<{
    a: string;
    b: string;
    issue: string;
    label: AgreementRecord['label'];
    score: number;
    explicit: boolean;
    evidence?: SpanLike[] | undefined;
  }>;
  /** v2 analyses always carry them; older stored analyses may not. */
  relations?: Array<{ source: string; target: string; issue: string; polarity: 1 | -1; confidence: number; evidence: SpanLike[] }> | undefined;
}

export interface RecordsFromAnalysisOptions {
  analysis: StanceAnalysis;
  articleId: string;
  /** The story the article prints; default its own `articleId`. */
  storyId?: string;
  /** YYYY-MM-DD; default null. */
  date?: string | null;
}

/**
 * One article's analysis as the records corpus measures read: one position record per (country,
 * issue, code), one agreement record per pair (a < b) and one relation record per relation, every
 * evidence span kept with its text.
 *
 * @example
 * const { positions, agreements } = recordsFromAnalysis({ analysis: analyze({ text }), articleId: 'a1', date: '2017-05-01' });
 * positions[0]; // { articleId: 'a1', storyId: 'a1', date: '2017-05-01', country: 'RU', issue: 'syria', code: 'political_solution', ... }
 */
export function recordsFromAnalysis({ analysis, articleId, storyId = articleId, date = null }: RecordsFromAnalysisOptions): {
  positions: PositionRecord[];
  agreements: AgreementRecord[];
  relations: RelationRecord[];
} {
  const refs = (spans: SpanLike[] | undefined): EvidenceRef[] => (spans ?? []).map(({ start, end, text }) => ({ articleId, start, end, text }));
  const positions = analysis.stances.flatMap(({ country, issue, positions: list }) =>
    list.map(
      ({ code, polarity, confidence, evidence }): PositionRecord => ({
        articleId,
        storyId,
        date,
        country,
        issue,
        code,
        polarity,
        confidence,
        evidence: refs(evidence),
      }),
    ),
  );
  const agreements = analysis.agreements.map(
    ({ a, b, issue, label, score, explicit, evidence }): AgreementRecord => ({
      articleId,
      storyId,
      date,
      ...(a <= b ? { a, b } : { a: b, b: a }),
      issue,
      label,
      score,
      explicit,
      evidence: refs(evidence),
    }),
  );
  const relations = (analysis.relations ?? []).map(
    ({ source, target, issue, polarity, confidence, evidence }): RelationRecord => ({
      articleId,
      storyId,
      date,
      source,
      target,
      issue,
      polarity,
      confidence,
      evidence: refs(evidence),
    }),
  );
  return { positions, agreements, relations };
}
