import { z } from '@hono/zod-openapi';
import type { RelationMatrix, RelationRecord } from '@accord/corpus';
import { alpha2, evidenceRefSchema, nullableDate, pageSchema, polaritySchema } from './schemas.js';

// Relations (ONTOLOGY v2): who backs (+1) and who blames (-1) whom. Beside schemas.ts, which they build on.

const target = z
  .string()
  .regex(/^([A-Z]{2}|[a-z][a-z_]*)$/)
  .openapi({ description: 'A country (ISO alpha-2) or an actor id (houthis, lna, hamas, ...; see /actors)', example: 'houthis' });

export const relationRecordSchema = z
  .object({
    articleId: z.string(),
    storyId: z.string(),
    date: nullableDate,
    source: alpha2.openapi({ description: 'The country that states it' }),
    target,
    issue: z.string(),
    polarity: polaritySchema.openapi({ description: '+1 the source backs the target, -1 it blames it' }),
    confidence: z.number().min(0).max(1),
    evidence: z.array(evidenceRefSchema),
  })
  .openapi('RelationRecord');

export const relationPageSchema = pageSchema(relationRecordSchema, 'RelationPage');

const count = z.number().int().min(0);

export const relationCellSchema = z
  .object({
    source: alpha2,
    target,
    issue: z.string(),
    backs: count.openapi({ description: 'Stories in which the source backs the target' }),
    blames: count.openapi({ description: 'Stories in which the source blames the target; a story saying both counts in each' }),
    net: z.number().min(-1).max(1).openapi({ description: '(backs - blames) / (backs + blames)' }),
    articles: count,
    stories: count,
    evidence: z.array(evidenceRefSchema.extend({ polarity: polaritySchema })),
  })
  .openapi('RelationCell');

export const relationMatrixSchema = z
  .object({ issue: z.string(), sources: z.array(alpha2), targets: z.array(target), cells: z.array(relationCellSchema) })
  .openapi('RelationMatrix');

export const actorListSchema = z.object({
  items: z.array(z.object({ id: z.string(), issue: z.string(), label: z.object({ en: z.string(), ar: z.string() }) }).openapi('Actor')),
});

// As in schemas.ts: these lines fail to compile when the schemas drift from corpus's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _RelationSchemasMatchContracts = [
  Expect<Same<z.infer<typeof relationRecordSchema>, RelationRecord>>,
  Expect<Same<z.infer<typeof relationMatrixSchema>, RelationMatrix>>,
];
