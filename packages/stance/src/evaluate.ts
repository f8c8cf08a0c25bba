import { z } from 'zod';
import type { Analysis } from './schema.js';

/** A human's reading of one article (`spec/gold.schema.json`). */
export const goldSchema = z.object({
  id: z.string(),
  language: z.enum(['ar', 'en']),
  text: z.string().optional(),
  corpus: z.string().optional(),
  corpus_id: z.string().optional(),
  text_rule: z.string().optional(),
  date: z.string().optional(),
  speaker_country: z.string().optional(),
  stances: z.array(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/),
      issue: z.string(),
      positions: z.array(z.object({ code: z.string(), polarity: z.union([z.literal(1), z.literal(-1)]), evidence: z.array(z.string()).optional() })),
    }),
  ),
  agreements: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      issue: z.string(),
      label: z.enum(['agree', 'disagree', 'mixed', 'unknown']),
      evidence: z.array(z.string()).optional(),
    }),
  ),
  notes: z.string().optional(),
  /** v2: who backs (+1) and who blames (-1) whom; a gold without this key is not annotated for relations. */
  relations: z
    .array(
      z.object({
        source: z.string().regex(/^[A-Z]{2}$/),
        target: z.string().regex(/^([A-Z]{2}|[a-z][a-z_]*)$/),
        issue: z.string(),
        polarity: z.union([z.literal(1), z.literal(-1)]),
        evidence: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

export type Gold = z.infer<typeof goldSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface AgreementCounts {
  correct: number;
  total: number;
  accuracy: number;
}

export interface ArticleScore {
  id: string;
  language: 'ar' | 'en';
  stance: Prf;
  position: Prf;
  agreement: AgreementCounts;
  /** Position keys `COUNTRY issue code ±1` the system missed and added, for reading errors. */
  missed: string[];
  extra: string[];
  /** Agreement keys `A-B issue: gold → system` that differ. */
  agreementErrors: string[];
  /** Relation P/R/F1 over (source, target, issue, polarity); absent when the gold is not annotated for relations. */
  relation?: Prf;
  /** Relation keys `SOURCE->TARGET issue ±1` the system missed and added. */
  missedRelations?: string[];
  extraRelations?: string[];
}

export interface Score {
  articles: number;
  stance: Prf;
  position: Prf;
  agreement: AgreementCounts;
  /** Over the articles whose gold has `relations` (`relationArticles` of them); absent when none has. */
  relation?: Prf;
  relationArticles?: number;
}

/**
 * Scores one analysis against its gold reading, with the project's fixed definitions: stance P/R/F1
 * over (country, issue) pairs; position P/R/F1 over (country, issue, code, polarity); agreement
 * accuracy over unordered (pair, issue) keys where the gold or the system label is not `unknown`;
 * relation P/R/F1 over (source, target, issue, polarity) when the gold has `relations`.
 *
 * @example
 * scoreArticle(gold, analyze({ text })).position.f1;
 */
export function scoreArticle(gold: Gold, analysis: Analysis): ArticleScore {
  const goldStances = new Set(gold.stances.filter((s) => s.positions.length > 0).map((s) => `${s.country} ${s.issue}`));
  const sysStances = new Set(analysis.stances.filter((s) => s.positions.length > 0).map((s) => `${s.country} ${s.issue}`));
  const goldPositions = new Set(gold.stances.flatMap((s) => s.positions.map((p) => `${s.country} ${s.issue} ${p.code} ${p.polarity > 0 ? '+1' : '-1'}`)));
  const sysPositions = new Set(analysis.stances.flatMap((s) => s.positions.map((p) => `${s.country} ${s.issue} ${p.code} ${p.polarity > 0 ? '+1' : '-1'}`)));
  const goldAgreements = agreementMap(gold.agreements);
  const sysAgreements = agreementMap(analysis.agreements);
  let correct = 0;
  let total = 0;
  const agreementErrors: string[] = [];
  for (const key of new Set([...goldAgreements.keys(), ...sysAgreements.keys()])) {
    const g = goldAgreements.get(key) ?? 'unknown';
    const s = sysAgreements.get(key) ?? 'unknown';
    if (g === 'unknown' && s === 'unknown') continue;
    total++;
    if (g === s) correct++;
    else agreementErrors.push(`${key}: ${g} → ${s}`);
  }
  const score: ArticleScore = {
    id: gold.id,
    language: gold.language,
    stance: prf(compare(goldStances, sysStances)),
    position: prf(compare(goldPositions, sysPositions)),
    agreement: { correct, total, accuracy: total === 0 ? 1 : correct / total },
    missed: [...goldPositions].filter((k) => !sysPositions.has(k)).sort(),
    extra: [...sysPositions].filter((k) => !goldPositions.has(k)).sort(),
    agreementErrors: agreementErrors.sort(),
  };
  if (gold.relations) {
    const key = (r: { source: string; target: string; issue: string; polarity: number }) =>
      `${r.source}->${r.target} ${r.issue} ${r.polarity > 0 ? '+1' : '-1'}`;
    const goldRelations = new Set(gold.relations.map(key));
    const sysRelations = new Set((analysis.relations ?? []).map(key));
    score.relation = prf(compare(goldRelations, sysRelations));
    score.missedRelations = [...goldRelations].filter((k) => !sysRelations.has(k)).sort();
    score.extraRelations = [...sysRelations].filter((k) => !goldRelations.has(k)).sort();
  }
  return score;
}

/**
 * Micro-averages article scores: counts are summed over articles before P/R/F1 are computed.
 *
 * @example
 * summarizeScores([scoreArticle(gold, analyze({ text }))]).position.f1; // 1 on the seed article
 */
export function summarizeScores(scores: ArticleScore[]): Score {
  const sum = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.reduce((acc, s) => ({ tp: acc.tp + pick(s).tp, fp: acc.fp + pick(s).fp, fn: acc.fn + pick(s).fn }), { tp: 0, fp: 0, fn: 0 });
  const correct = scores.reduce((a, s) => a + s.agreement.correct, 0);
  const total = scores.reduce((a, s) => a + s.agreement.total, 0);
  const summary: Score = {
    articles: scores.length,
    stance: prf(sum((s) => s.stance)),
    position: prf(sum((s) => s.position)),
    agreement: { correct, total, accuracy: total === 0 ? 1 : correct / total },
  };
  const withRelations = scores.filter((s) => s.relation !== undefined);
  if (withRelations.length > 0) {
    summary.relation = prf(
      withRelations.reduce((acc, s) => ({ tp: acc.tp + s.relation!.tp, fp: acc.fp + s.relation!.fp, fn: acc.fn + s.relation!.fn }), { tp: 0, fp: 0, fn: 0 }),
    );
    summary.relationArticles = withRelations.length;
  }
  return summary;
}

function agreementMap(list: Array<{ a: string; b: string; issue: string; label: string }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const x of list) {
    const [a, b] = x.a < x.b ? [x.a, x.b] : [x.b, x.a];
    map.set(`${a}-${b} ${x.issue}`, x.label);
  }
  return map;
}

function compare(gold: Set<string>, sys: Set<string>): Counts {
  let tp = 0;
  for (const k of sys) if (gold.has(k)) tp++;
  return { tp, fp: sys.size - tp, fn: gold.size - tp };
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
