import type { AgreementRecord, EvidenceRef, PositionRecord } from '@accord/corpus';
import type { Analysis, Evidence } from '@accord/stance';
import type { AgreementTable, ArticleRecordsTable, PositionTable } from './tables.js';

/** What records copy from their article. */
export interface ArticleKeys {
  id: string;
  storyId: string;
  date: string | null;
  language: 'ar' | 'en';
  source: string | null;
}

// Flat arrays in the packed JSON, evidence spread as start, end, text, start, end, text…: JSON.parse
// cost grows with the number of arrays and objects it builds, and this way it is one per record.
type FlatEvidence = Array<number | string>;
export type PackedPosition = [country: string, issue: string, code: string, polarity: 1 | -1, confidence: number, ...evidence: FlatEvidence];
export type PackedAgreement = [a: string, b: string, issue: string, label: AgreementRecord['label'], score: number, explicit: 0 | 1, ...evidence: FlatEvidence];
const POSITION_EVIDENCE = 5;
const AGREEMENT_EVIDENCE = 6;

/** The rows one article's analysis becomes, records in the analysis's order. */
export function analysisRows(article: ArticleKeys, analysis: Analysis): { positions: PositionTable[]; agreements: AgreementTable[]; records: ArticleRecordsTable } {
  const copy = { article_id: article.id, story_id: article.storyId, date: article.date, language: article.language, source: article.source };
  const positions: PositionTable[] = [];
  const packedPositions: PackedPosition[] = [];
  for (const { country, issue, positions: list } of analysis.stances) {
    for (const p of list) {
      positions.push({ ...copy, ord: positions.length, country, issue, code: p.code, polarity: p.polarity, confidence: p.confidence });
      packedPositions.push([country, issue, p.code, p.polarity, p.confidence, ...flatEvidence(p.evidence)]);
    }
  }
  const agreements: AgreementTable[] = [];
  const packedAgreements: PackedAgreement[] = [];
  for (const g of analysis.agreements) {
    // Records promise a < b; the label and score are symmetric, so the swap changes nothing else.
    const [a, b] = g.a <= g.b ? [g.a, g.b] : [g.b, g.a];
    agreements.push({ ...copy, ord: agreements.length, a, b, issue: g.issue, label: g.label, score: g.score, explicit: g.explicit ? 1 : 0 });
    packedAgreements.push([a, b, g.issue, g.label, g.score, g.explicit ? 1 : 0, ...flatEvidence(g.evidence)]);
  }
  const records = { ...copy, positions: JSON.stringify(packedPositions), agreements: JSON.stringify(packedAgreements) };
  return { positions, agreements, records };
}

function flatEvidence(evidence: Evidence[] | undefined): FlatEvidence {
  return (evidence ?? []).flatMap((e) => [e.start, e.end, e.text]);
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
