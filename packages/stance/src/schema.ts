import { z } from 'zod';

const country = z.string().regex(/^[A-Z]{2}$/);
const offset = z.number().int().min(0);

export const spanSchema = z.object({ start: offset, end: offset });

export const evidenceSchema = z.object({
  start: offset,
  end: offset,
  /** Exactly `input.slice(start, end)`. */
  text: z.string(),
  speaker: z.string().nullable().optional(),
  joint: z.boolean().optional(),
});

export const positionSchema = z.object({
  code: z.string(),
  polarity: z.union([z.literal(1), z.literal(-1)]),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).min(1),
});

export const stanceSchema = z.object({
  country,
  issue: z.string(),
  positions: z.array(positionSchema),
});

export const agreementLabelSchema = z.enum(['agree', 'disagree', 'mixed', 'unknown']);

export const agreementSchema = z.object({
  a: country,
  b: country,
  issue: z.string(),
  label: agreementLabelSchema,
  score: z.number().min(-1).max(1),
  /** The text itself states the agreement or difference. */
  explicit: z.boolean(),
  evidence: z.array(evidenceSchema).optional(),
});

/** One country's stated support (+1) for or criticism (-1) of another country or a listed actor, on an issue (ONTOLOGY v2). */
export const relationSchema = z.object({
  source: country,
  /** A country (ISO2) or an actor id of the ontology (`houthis`, `lna`, `hamas`...). */
  target: z.string().regex(/^([A-Z]{2}|[a-z][a-z_]*)$/),
  issue: z.string(),
  polarity: z.union([z.literal(1), z.literal(-1)]),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).min(1),
});

export const actorSchema = z.object({
  name: z.string(),
  country: country.nullable(),
  role: z.string().optional(),
  mentions: z.array(spanSchema),
});

export const sentenceSchema = z.object({
  start: offset,
  end: offset,
  speaker: z.object({ name: z.string(), country: z.string().nullable() }).nullable().optional(),
});

/** What `analyze` returns for one text; the same contract as `spec/analysis.schema.json`. */
export const analysisSchema = z.object({
  id: z.string().optional(),
  language: z.enum(['ar', 'en']),
  actors: z.array(actorSchema),
  sentences: z.array(sentenceSchema).optional(),
  stances: z.array(stanceSchema),
  agreements: z.array(agreementSchema),
  /** Always present (v2), empty when the text has none. */
  relations: z.array(relationSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type AgreementLabel = z.infer<typeof agreementLabelSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type AnalysisActor = z.infer<typeof actorSchema>;
export type AnalysisSentence = z.infer<typeof sentenceSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
