import { recordsFromAnalysis, type AgreementRecord, type EvidenceRef, type PositionRecord, type RelationRecord, type StanceAnalysis } from '@accord/corpus';
import type { AgreementTable, ArticleRecordsTable, ArticleTable, PositionTable, RelationTable } from './tables.js';

/** The article columns its records copy. */
export type ArticleKeys = Pick<ArticleTable, 'id' | 'story_id' | 'date' | 'language' | 'source'>;

// Flat arrays in the packed JSON, evidence spread as start, end, text, start, end, text…: JSON.parse
// cost grows with the number of arrays and objects it builds, and this way it is one per record.
type FlatEvidence = Array<number | string>;
export type PackedPosition = [country: string, issue: string, code: string, polarity: 1 | -1, confidence: number, ...evidence: FlatEvidence];
export type PackedAgreement = [a: string, b: string, issue: string, label: AgreementRecord['label'], score: number, explicit: 0 | 1, ...evidence: FlatEvidence];
export type PackedRelation = [source: string, target: string, issue: string, polarity: 1 | -1, confidence: number, ...evidence: FlatEvidence];
const POSITION_EVIDENCE = 5;
const AGREEMENT_EVIDENCE = 6;
const RELATION_EVIDENCE = 5;

/** The columns of an article that each of its record rows copies. */
type Copy = Pick<PositionTable, 'article_id' | 'story_id' | 'date' | 'language' | 'source'>;

/**
 * The rows one article's analysis becomes, records in the analysis's order. The records themselves
 * come from `recordsFromAnalysis`, so a stored record is exactly what corpus would make of the analysis.
 */
export function analysisRows(
  article: ArticleKeys,
  analysis: StanceAnalysis,
): { positions: PositionTable[]; agreements: AgreementTable[]; relations: RelationTable[]; records: ArticleRecordsTable } {
  const { positions, agreements, relations } = recordsFromAnalysis({ analysis, articleId: article.id, storyId: article.story_id, date: article.date });
  const copy = copyOf(article);
  const related = relationRows(copy, relations);
  return {
    positions: positions.map((p, ord) => ({ ...copy, ord, country: p.country, issue: p.issue, code: p.code, polarity: p.polarity, confidence: p.confidence })),
    agreements: agreements.map((g, ord) => ({ ...copy, ord, a: g.a, b: g.b, issue: g.issue, label: g.label, score: g.score, explicit: g.explicit ? 1 : 0 })),
    relations: related.rows,
    records: {
      ...copy,
      positions: JSON.stringify(positions.map(packPosition)),
      agreements: JSON.stringify(agreements.map(packAgreement)),
      relations: related.packed,
    },
  };
}

/**
 * An article's relations as table rows and as its packed `article_records.relations`: what a save
 * writes, and what migration 0003 fills in for analyses stored before the table existed.
 */
export function relationRows(copy: Copy, relations: RelationRecord[]): { rows: RelationTable[]; packed: string } {
  return {
    rows: relations.map((r, ord) => ({ ...copy, ord, country: r.source, target: r.target, issue: r.issue, polarity: r.polarity, confidence: r.confidence })),
    packed: JSON.stringify(relations.map(packRelation)),
  };
}

/** The columns an article's record rows copy, from its own row. */
export function copyOf(article: ArticleKeys): Copy {
  return { article_id: article.id, story_id: article.story_id, date: article.date, language: article.language, source: article.source };
}

function packPosition(p: PositionRecord): PackedPosition {
  return [p.country, p.issue, p.code, p.polarity, p.confidence, ...flatEvidence(p.evidence)];
}

function packAgreement(g: AgreementRecord): PackedAgreement {
  return [g.a, g.b, g.issue, g.label, g.score, g.explicit ? 1 : 0, ...flatEvidence(g.evidence)];
}

function packRelation(r: RelationRecord): PackedRelation {
  return [r.source, r.target, r.issue, r.polarity, r.confidence, ...flatEvidence(r.evidence)];
}

function flatEvidence(evidence: EvidenceRef[]): FlatEvidence {
  return evidence.flatMap((e) => [e.start, e.end, e.text]);
}

function unpackEvidence(articleId: string, packed: FlatEvidence, from: number): EvidenceRef[] {
  const evidence: EvidenceRef[] = [];
  for (let i = from; i + 2 < packed.length; i += 3)
    evidence.push({ articleId, start: packed[i] as number, end: packed[i + 1] as number, text: packed[i + 2] as string });
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
  return {
    articleId: row.article_id,
    storyId: row.story_id,
    date: row.date,
    country: p[0],
    issue: p[1],
    code: p[2],
    polarity: p[3],
    confidence: p[4],
    evidence,
  };
}

export function unpackAgreement(row: RecordKeys, g: PackedAgreement): AgreementRecord {
  const evidence = unpackEvidence(row.article_id, g, AGREEMENT_EVIDENCE);
  return {
    articleId: row.article_id,
    storyId: row.story_id,
    date: row.date,
    a: g[0],
    b: g[1],
    issue: g[2],
    label: g[3],
    score: g[4],
    explicit: g[5] === 1,
    evidence,
  };
}

export function unpackRelation(row: RecordKeys, r: PackedRelation): RelationRecord {
  const evidence = unpackEvidence(row.article_id, r, RELATION_EVIDENCE);
  return {
    articleId: row.article_id,
    storyId: row.story_id,
    date: row.date,
    source: r[0],
    target: r[1],
    issue: r[2],
    polarity: r[3],
    confidence: r[4],
    evidence,
  };
}
