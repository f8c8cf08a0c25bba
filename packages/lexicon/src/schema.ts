import { z } from 'zod';

const phrases = z.array(z.string().min(1));
const perLanguage = <T extends z.ZodType>(item: T) => z.object({ ar: item, en: item });
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case');

export const countrySchema = z.object({
  code: countryCode,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  ar: z.object({ names: phrases, adjectives: phrases, capitals: phrases, metonyms: phrases }),
  en: z.object({ names: phrases, adjectives: phrases, capitals: phrases, metonyms: phrases }),
});

export const roleSchema = z.enum([
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'minister',
  'spokesperson',
  'diplomat',
  'envoy',
  'other_official',
  'non_official',
]);

export const personSchema = z
  .object({
    names: z.object({ ar: phrases.optional(), en: phrases.optional() }),
    short: z.object({ ar: phrases.optional(), en: phrases.optional() }).optional(),
    country: countryCode.nullable(),
    body: z.string().optional(),
    role: roleSchema,
    office: z.string().optional(),
    from: z.number().int().nullable().optional(),
    to: z.number().int().nullable().optional(),
  })
  .refine((p) => p.from == null || p.to == null || p.from <= p.to, 'from must not be after to');

export const bodySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['international_org', 'regional_org', 'armed_group', 'political_movement', 'opposition', 'region']),
  /** The relation target this body is, when it is one of the ontology's actors (Nusra and HTS are `al_qaeda`). */
  actor: z.string().optional(),
  ar: phrases,
  en: phrases,
});

/** A collective name that names its member states unambiguously ("GCC states", "دول مجلس التعاون"): ONTOLOGY rule 11. */
export const collectiveSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  members: z.array(countryCode).min(2),
  ar: phrases,
  en: phrases,
  /** Names that are vague alone ("دول الخليج", "Gulf states") and name the members only after an office ("وزراء خارجية دول الخليج"). */
  loose: perLanguage(phrases).optional(),
});

/** A non-state actor that a relation may target (ONTOLOGY.md, Relations): `houthis`, `lna`, `hamas`... */
export const actorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z_]*$/),
  issue: z.string(),
  label: z.object({ en: z.string(), ar: z.string() }),
  /** A group every state condemns (ISIS, al-Qaeda): named by a state, it is blamed unless the text says otherwise. */
  named: z.literal(-1).optional(),
});

export const issueSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.object({ en: z.string(), ar: z.string() }),
  countries: z.array(countryCode),
  terms: perLanguage(phrases),
  /** The only codes not fixed to the issue that a cue may give under it; any when omitted. */
  codes: z.array(z.string()).optional(),
});

export const positionSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  negatable: z.boolean(),
  issue: z.string().optional(),
  /** The issue the code is read under when the text names none ("refrain from unilateral steps" in a speech is on Palestine). */
  usualIssue: z.string().optional(),
});

export const cueGroupSchema = z.object({
  code: z.string(),
  polarity: z.union([z.literal(1), z.literal(-1)]).default(1),
  needs: z.enum(['none', 'trigger', 'negation']),
  negated: z.object({ code: z.string(), polarity: z.union([z.literal(1), z.literal(-1)]) }).optional(),
  ar: phrases.default([]),
  en: phrases.default([]),
});

export const titleSchema = z.object({
  phrase: z.string(),
  role: z.enum([...roleSchema.options, 'ministry', 'official', 'institution']),
});

const speechLanguage = z.object({
  say: phrases,
  continue: phrases,
  participle: phrases,
  switch: phrases,
  joint: phrases,
  jointVerb: phrases,
  nonOfficial: phrases,
  negation: phrases,
  negationAfter: phrases,
  trigger: phrases,
  discussion: phrases,
  agentNoun: phrases,
  question: phrases,
  answer: phrases,
  harm: phrases,
});

const words = z.array(z.string().min(1));

/** Grammar words the rules read one word at a time, per role (see `data/grammar.*.json`). */
export const grammarSchema = z.object({
  prepositions: words,
  complementizers: words,
  subjectEnds: words,
  officeOf: words,
  officeFrom: words,
  relatives: words,
  pluralPronouns: words,
  call: words,
  obligation: words,
  finiteVerbs: words,
  clauseOpeners: words,
  peopleNouns: words,
  and: words,
  or: words,
  also: words,
  allies: words,
  possessives: words,
  both: words,
  nameStopwords: words,
  groupJoiner: z.string().min(1),
  except: words,
  thatNot: words,
  topicPrepositions: words,
  places: words,
  placeOrPartner: words,
  company: words,
  notTargets: words.default([]),
  agentMarkers: words.default([]),
  against: words.default([]),
  /** Words after a verb that make it a passive ("militias supported by Iran"): no one speaks there. Arabic marks its passives by form ("المدعومة"). */
  passiveAgents: words.default([]),
  /**
   * Issue terms that are also common words: they name the issue only with the article and in an article that names
   * the issue otherwise ("الأسد" is Assad in news on Syria; "أسد بري", "قتل الأسد سيسيل" in a story on a lion are not).
   */
  ambiguousTerms: words.default([]),
  /** Quantifiers that make a collective vague ("بعض دول الخليج", "most Gulf states"). */
  partitive: words.default([]),
  /** Negation words that condemn or reject ("إدانة", "condemns"): together they still condemn; a plain negation turns them back. */
  condemn: words.default([]),
  /** Nouns of backing whose possessor backs ("دعم إيران للإرهاب", "Iran's support"): the backer, not the backed. */
  backingNouns: words.default([]),
  /** Words that report a charge against someone ("accused of supporting the Muslim Brotherhood"): the backing they report is not the speaker's. */
  accusation: words.default([]),
});

const agreementLanguage = z.object({ agree: phrases, disagree: phrases, praise: phrases, criticism: phrases });

/** A phrase that names a relation target by the speaker's own framing, in one issue ("the occupying Power" is IL). */
export const referenceSchema = z.object({
  phrase: z.string().min(1),
  target: z.string().regex(/^([A-Z]{2}|[a-z][a-z_]*)$/, 'a country (ISO2) or an actor id'),
  /** The issue the phrase means its target in; any issue when omitted. */
  issue: z.string().optional(),
  polarity: z.union([z.literal(1), z.literal(-1)]),
});

const relationLanguage = z.object({ back: phrases, blame: phrases, blameAfter: phrases.default([]), hostile: phrases, references: z.array(referenceSchema) });

/** Everything the engine knows, as plain data; `compileLexicon` turns it into matchers. */
export const lexiconDataSchema = z.object({
  countries: z.array(countrySchema),
  people: z.array(personSchema),
  bodies: z.array(bodySchema),
  actors: z.array(actorSchema).default([]),
  collectives: z.array(collectiveSchema).default([]),
  issues: z.array(issueSchema),
  positions: z.array(positionSchema),
  cues: z.array(cueGroupSchema),
  titles: perLanguage(z.array(titleSchema)),
  speech: perLanguage(speechLanguage),
  grammar: perLanguage(grammarSchema),
  agreement: perLanguage(agreementLanguage),
  relations: perLanguage(relationLanguage).default({
    ar: { back: [], blame: [], blameAfter: [], hostile: [], references: [] },
    en: { back: [], blame: [], blameAfter: [], hostile: [], references: [] },
  }),
});

export type LexiconData = z.input<typeof lexiconDataSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Person = z.infer<typeof personSchema>;
export type Body = z.infer<typeof bodySchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type Collective = z.infer<typeof collectiveSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type PositionCode = z.infer<typeof positionSchema>;
export type CueGroup = z.infer<typeof cueGroupSchema>;
export type Role = z.infer<typeof titleSchema>['role'];
export type SpeechWords = z.infer<typeof speechLanguage>;
export type Grammar = z.infer<typeof grammarSchema>;
export type AgreementWords = z.infer<typeof agreementLanguage>;
export type RelationWords = z.infer<typeof relationLanguage>;
export type Reference = z.infer<typeof referenceSchema>;
