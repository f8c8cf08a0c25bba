import { recordsFromAnalysis, type AgreementRecord, type EvidenceRef, type PositionRecord } from '@accord/corpus';
import type { Analysis } from '@accord/stance';
import type { AgreementTable, ArticleRecordsTable, ArticleTable, PositionTable } from './tables.js';

/** The article columns its records copy. */
export type ArticleKeys = Pick<ArticleTable, 'id' | 'story_id' | 'date' | 'language' | 'source'>;

// Flat arrays in the packed JSON, evidence spread as start, end, text, start, end, text…: JSON.parse
// cost grows with the number of arrays and objects it builds, and this way it is one per record.
type FlatEvidence = Array<number | string>;
export type PackedPosition = [country: string, issue: string, code: string, polarity: 1 | -1, confidence: number, ...evidence: FlatEvidence];
export type PackedAgreement = [a: string, b: string, issue: string, label: AgreementRecord['label'], score: number, explicit: 0 | 1, ...evidence: FlatEvidence];
const POSITION_EVIDENCE = 5;
const AGREEMENT_EVIDENCE = 6;

/**
 * The rows one article's analysis becomes, records in the analysis's order. The records themselves
 * come from `recordsFromAnalysis`, so a stored record is exactly what corpus would make of the analysis.
 */
export function analysisRows(article: ArticleKeys, analysis: Analysis): { positions: PositionTable[]; agreements: AgreementTable[]; records: ArticleRecordsTable } {
  const { positions, agreements } = recordsFromAnalysis({ analysis, articleId: article.id, storyId: article.story_id, date: article.date });
  const copy = { article_id: article.id, story_id: article.story_id, date: article.date, language: article.language, source: article.source };
  return {
    positions: positions.map((p, ord) => ({ ...copy, ord, country: p.country, issue: p.issue, code: p.code, polarity: p.polarity, confidence: p.confidence })),
    agreements: agreements.map((g, ord) => ({ ...copy, ord, a: g.a, b: g.b, issue: g.issue, label: g.label, score: g.score, explicit: g.explicit ? 1 : 0 })),
    records: { ...copy, positions: JSON.stringify(positions.map(packPosition)), agreements: JSON.stringify(agreements.map(packAgreement)) },
  };
}

function packPosition(p: PositionRecord): PackedPosition {
  return [p.country, p.issue, p.code, p.polarity, p.confidence, ...flatEvidence(p.evidence)];
}

function packAgreement(g: AgreementRecord): PackedAgreement {
  return [g.a, g.b, g.issue, g.label, g.score, g.explicit ? 1 : 0, ...flatEvidence(g.evidence)];
}

function flatEvidence(evidence: EvidenceRef[]): FlatEvidence {
  return evidence.flatMap((e) => [e.start, e.end, e.text]);
}

function unpackEvidence(articleId: string, packed: FlatEvidence, from: number): EvidenceRef[] {
  const evidence: EvidenceRef[] = [];
  for (let i = from; i + 2 < packed.length; i += 3) evidence.push({ articleId, start: packed[i] as number, end: packed[i + 1] as number, text: packed[i + 2] as string });
  return evidence;
}

/** An `article_records` row's columns that every record repeats. */
export interface RecordKeys {
  article_id: string;
  story_id: string;
  date: string | null;
}

export function unpackPosition(row: RecordKeys, p: PackedPosition): PositionRecord {
  const evidence = unpackEvidence(row.article_id, p, POSITION_EVIDENCE);
  return { articleId: row.article_id, storyId: row.story_id, date: row.date, country: p[0], issue: p[1], code: p[2], polarity: p[3], confidence: p[4], evidence };
}

export function unpackAgreement(row: RecordKeys, g: PackedAgreement): AgreementRecord {
  const evidence = unpackEvidence(row.article_id, g, AGREEMENT_EVIDENCE);
  return { articleId: row.article_id, storyId: row.story_id, date: row.date, a: g[0], b: g[1], issue: g[2], label: g[3], score: g[4], explicit: g[5] === 1, evidence };
}
