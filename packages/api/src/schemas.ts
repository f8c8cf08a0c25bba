import { z } from '@hono/zod-openapi';
import type { AgreementCell, AgreementMatrix, AgreementRecord, CountryProfile, PositionRecord, TimelinePoint } from '@accord/corpus';
import { countryCode, plainMessage } from '@accord/ingest';
import { analysisSchema as stanceAnalysisSchema } from '@accord/stance';
import type { ArticleWithAnalysis, SaveResult, StoredArticle } from '@accord/store';
import { PROBLEM_BASE } from './problem.js';

// The analysis contract is @accord/stance's own schema; only an OpenAPI name is added here, through
// zod's own metadata, since stance's zod instance may not be the one @hono/zod-openapi extended.
export const analysisSchema = stanceAnalysisSchema.meta({ id: 'Analysis' });

export const alpha2 = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .openapi({ example: 'EG' });
const isoDate = z.iso.date().openapi({ example: '2017-05-29' });
export const nullableDate = isoDate.nullable();
export const languageSchema = z.enum(['ar', 'en']);

/**
 * A zod transform that reads a parameter with one of `@accord/ingest`'s resolvers, whose error
 * becomes the field's issue: the API says an unknown code the way every other edge does.
 *
 * @example
 * z.string().transform(resolvedBy(countryCode)); // 'egy' -> 'EG'; 'XX' -> unknown country code "XX": ...
 */
export function resolvedBy<T>(read: (value: string) => T): (value: string, ctx: z.RefinementCtx) => T {
  return (value, ctx) => {
    try {
      return read(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: plainMessage(error) });
      return z.NEVER;
    }
  };
}

const toCountry = resolvedBy(countryCode);

/** An alpha-2 or alpha-3 code in any case, as the lexicon's alpha-2 code. */
export const countryParam = z.string().transform(toCountry).openapi({ type: 'string', example: 'EG' });

// Resolved in the schema, so one bad code fails the whole batch before anything is stored; an empty
// code has always meant none.
const speakerCountryField = z
  .string()
  .transform((code, ctx) => (code.trim() === '' ? null : toCountry(code, ctx)))
  .openapi({ type: 'string', description: "ISO alpha-2 or alpha-3: the whole text is this country's statement (a UN speech)", example: 'EG' });

export const polaritySchema = z.union([z.literal(1), z.literal(-1)]);
const polarity = polaritySchema;
const offset = z.number().int().min(0);

export const evidenceRefSchema = z.object({ articleId: z.string(), start: offset, end: offset, text: z.string() }).openapi('EvidenceRef');

export const positionRecordSchema = z
  .object({
    articleId: z.string(),
    storyId: z.string(),
    date: nullableDate,
    country: alpha2,
    issue: z.string(),
    code: z.string(),
    polarity,
    confidence: z.number().min(0).max(1),
    evidence: z.array(evidenceRefSchema),
  })
  .openapi('PositionRecord');

export const agreementRecordSchema = z
  .object({
    articleId: z.string(),
    storyId: z.string(),
    date: nullableDate,
    a: alpha2,
    b: alpha2,
    issue: z.string(),
    label: z.enum(['agree', 'disagree', 'mixed', 'unknown']),
    score: z.number().min(-1).max(1),
    explicit: z.boolean(),
    evidence: z.array(evidenceRefSchema),
  })
  .openapi('AgreementRecord');

const cellEvidenceSchema = evidenceRefSchema.extend({
  country: z.string().nullable(),
  code: z.string().nullable(),
  polarity: polarity.nullable(),
  kind: z.enum(['position', 'agreement']),
});

export const alignmentPartSchema = z
  .object({
    kind: z.enum(['relation', 'position']),
    key: z.string().openapi({ description: 'A relation target (a country or an actor id) or a position code' }),
    a: z.number().min(-1).max(1),
    b: z.number().min(-1).max(1),
    mean: z.number().min(-1).max(1).openapi({ description: 'The mean side of every country active on the issue' }),
    contribution: z.number().openapi({ description: "This part's share of the alignment; a cell's parts sum to it" }),
    evidence: z.array(evidenceRefSchema.extend({ country: z.string() })),
  })
  .openapi('AlignmentPart');

export const agreementCellSchema = z
  .object({
    a: alpha2,
    b: alpha2,
    issue: z.string(),
    sScore: z.number().min(-1).max(1).nullable(),
    kappa: z.number().min(-1).max(1).nullable(),
    alignment: z.number().min(-1).max(1).nullable().openapi({
      description: 'The default measure: how far the pair departs from the common line the same way, from relations and the positions that split countries',
    }),
    alignmentParts: z.array(alignmentPartSchema),
    explicit: z.object({ agree: z.number().int().min(0), disagree: z.number().int().min(0), share: z.number().min(0).max(1).nullable() }),
    articles: z.number().int().min(0),
    stories: z.number().int().min(0),
    positions: z.number().int().min(0),
    evidence: z.array(cellEvidenceSchema),
  })
  .openapi('AgreementCell');

export const agreementMatrixSchema = z
  .object({ issue: z.string(), countries: z.array(alpha2), cells: z.array(agreementCellSchema) })
  .openapi('AgreementMatrix');

export const bucketSchema = z.enum(['week', 'month', 'year']);

export const timelinePointSchema = z.object({ bucket: isoDate, cell: agreementCellSchema }).openapi('TimelinePoint');

export const timelineSchema = z
  .object({ a: alpha2, b: alpha2, issue: z.string(), bucket: bucketSchema, points: z.array(timelinePointSchema) })
  .openapi('Timeline');

const profileEntrySchema = z.object({
  code: z.string(),
  polarity,
  stories: z.number().int().min(0),
  articles: z.number().int().min(0),
  first: nullableDate,
  last: nullableDate,
});

const trendSchema = z.object({ bucket: isoDate, statements: z.number().int().min(0), support: z.number().int().min(0), oppose: z.number().int().min(0) });

const profileIssueSchema = z.object({ issue: z.string(), positions: z.array(profileEntrySchema), trend: z.array(trendSchema) });

export const countryProfileSchema = z.object({ country: alpha2, issues: z.array(profileIssueSchema) });

const score = z.number().min(-1).max(1);
export const partnerSchema = z
  .object({ country: alpha2, alignment: score, sScore: score.nullable(), kappa: score.nullable(), stories: z.number().int().min(0) })
  .openapi('Partner');

export const countryDetailSchema = z
  .object({
    country: alpha2,
    names: z.object({ en: z.string(), ar: z.string() }),
    issues: z.array(profileIssueSchema.extend({ closest: z.array(partnerSchema), furthest: z.array(partnerSchema) })),
  })
  .openapi('CountryProfile');

export const countrySummarySchema = z
  .object({ code: alpha2, names: z.object({ en: z.string(), ar: z.string() }), positions: z.number().int().min(0) })
  .openapi('CountrySummary');

export const issueSchema = z.object({ id: z.string(), label: z.object({ en: z.string(), ar: z.string() }) }).openapi('Issue');

export const positionCodeSchema = z.object({ code: z.string(), label: z.string(), negatable: z.boolean() });

export const issuePositionsSchema = z
  .object({ issue: z.string(), label: z.object({ en: z.string(), ar: z.string() }), positions: z.array(positionCodeSchema) })
  .openapi('IssuePositions');

const articleFields = {
  externalId: z.string().max(500).nullable(),
  title: z.string().nullable(),
  language: languageSchema,
  date: nullableDate,
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** The country whose statement the whole text is (a UN speech), as given when it was stored. */
  speakerCountry: z.string().nullable(),
};

export const storedArticleSchema = z
  .object({
    id: z.string(),
    ...articleFields,
    text: z.string(),
    contentHash: z.string(),
    storyId: z.string(),
    engineVersion: z.string(),
    ingestedAt: z.string(),
  })
  .openapi('StoredArticle');

export const articleWithAnalysisSchema = storedArticleSchema.extend({ analysis: analysisSchema }).openapi('ArticleWithAnalysis');

/** A listed article: the stored fields without the text, with its first words instead. */
export const articleSummarySchema = storedArticleSchema.omit({ text: true }).extend({ snippet: z.string() }).openapi('ArticleSummary');

const nonBlank = (field: string) => z.string().refine((s) => s.trim().length > 0, `${field} is empty`);

export const articleInputSchema = z
  .object({
    title: z.string().max(1000).nullish(),
    text: nonBlank('text'),
    language: languageSchema.optional(),
    date: isoDate.nullish(),
    source: z.string().max(200).nullish(),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    externalId: z.string().max(500).nullish(),
    speakerCountry: speakerCountryField.nullish(),
  })
  .openapi('ArticleInput');

export const MAX_BATCH = 500;

export const articlesBodySchema = z.union([articleInputSchema, z.object({ articles: z.array(articleInputSchema).min(1).max(MAX_BATCH) })]);

export const saveResultSchema = z.object({ id: z.string(), status: z.enum(['ingested', 'duplicate']), storyId: z.string() }).openapi('SaveResult');

export const saveResponseSchema = z.union([saveResultSchema, z.object({ results: z.array(saveResultSchema) })]);

/**
 * A page of a cursor-paged list, named for OpenAPI.
 *
 * @example
 * pageSchema(positionRecordSchema, 'PositionPage'); // { items: PositionRecord[], nextCursor: string | null }
 */
export const pageSchema = <T extends z.ZodType>(item: T, name: string) => z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

export const articlePageSchema = pageSchema(articleSummarySchema, 'ArticlePage');

export const positionPageSchema = pageSchema(positionRecordSchema, 'PositionPage');

/** `GET /countries`, `GET /issues` and `GET /positions`: every item at once. */
export const countryListSchema = z.object({ items: z.array(countrySummarySchema) });
export const issueListSchema = z.object({ items: z.array(issueSchema) });
export const issuePositionsListSchema = z.object({ items: z.array(issuePositionsSchema) });

export const healthSchema = z
  .object({ status: z.literal('ok'), backend: z.enum(['sqlite', 'postgres']), articles: z.number().int().min(0), engineVersion: z.string() })
  .openapi('Health');

export const problemSchema = z
  .object({
    type: z.string().startsWith(PROBLEM_BASE),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

// The schemas above restate the store's and corpus's interfaces for OpenAPI; these lines fail to
// compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _SchemasMatchContracts = [
  Expect<Same<z.infer<typeof positionRecordSchema>, PositionRecord>>,
  Expect<Same<z.infer<typeof agreementRecordSchema>, AgreementRecord>>,
  Expect<Same<z.infer<typeof agreementCellSchema>, AgreementCell>>,
  Expect<Same<z.infer<typeof agreementMatrixSchema>, AgreementMatrix>>,
  Expect<Same<z.infer<typeof timelinePointSchema>, TimelinePoint>>,
  Expect<Same<z.infer<typeof countryProfileSchema>, CountryProfile>>,
  Expect<Same<z.infer<typeof storedArticleSchema>, StoredArticle>>,
  Expect<Same<z.infer<typeof articleWithAnalysisSchema>, ArticleWithAnalysis>>,
  Expect<Same<z.infer<typeof saveResultSchema>, SaveResult>>,
];
