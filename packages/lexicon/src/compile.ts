import { compileGrammar, type CompiledGrammar } from './grammar.js';
import { PhraseMatcher } from './matcher.js';
import {
  lexiconDataSchema,
  type AgreementWords,
  type Body,
  type Collective,
  type Country,
  type CueGroup,
  type Issue,
  type LexiconData,
  type Person,
  type PositionCode,
  type Reference,
  type Role,
  type SpeechWords,
} from './schema.js';
import { LexiconError } from './error.js';

export type Language = 'ar' | 'en';
export type CountryForm = 'name' | 'adjective' | 'capital' | 'metonym';
export type SpeechKind = keyof SpeechWords;
export type AgreementKind = keyof AgreementWords;
/** Relation words: a backing or blaming verb or noun, a blaming predicate after its target, a noun whose doer is blamed. */
export type RelationKind = 'back' | 'blame' | 'blameAfter' | 'hostile';

/** What a matched phrase means. */
export type Entry =
  | { kind: 'country'; country: string; form: CountryForm }
  | { kind: 'person'; person: Person; short: boolean }
  | { kind: 'body'; body: Body }
  | { kind: 'collective'; collective: Collective; loose: boolean }
  | { kind: 'title'; role: Role }
  | { kind: 'issue'; issue: string }
  | { kind: 'cue'; cue: CueGroup }
  | { kind: SpeechKind }
  | { kind: AgreementKind }
  | { kind: RelationKind }
  | { kind: 'reference'; reference: Reference };

export interface CompiledLexicon {
  data: ReturnType<typeof lexiconDataSchema.parse>;
  matchers: Record<Language, PhraseMatcher<Entry>>;
  /** Grammar words per role (prepositions, complementizers...), read one word at a time by the rules. */
  grammar: Record<Language, CompiledGrammar>;
  countries: Map<string, Country>;
  /** ISO alpha-3 to alpha-2. */
  iso3: Map<string, string>;
  issues: Map<string, Issue>;
  positions: Map<string, PositionCode>;
  /** Issue of each country whose mention places a sentence in an issue (SY → syria). */
  issueOfCountry: Map<string, string>;
}

const MAX_EXPANSIONS = 20_000;

/**
 * Expands the phrase syntax of the lexicon: `{a|b}` a choice, `[a|b]` an optional choice.
 *
 * @example
 * expandPhrase('{وقف|تجميد} [كل] الاستيطان'); // ['وقف الاستيطان', 'وقف كل الاستيطان', 'تجميد الاستيطان', 'تجميد كل الاستيطان']
 */
export function expandPhrase(phrase: string): string[] {
  const parts = phrase.match(/\{[^}]*\}|\[[^\]]*\]|[^\s{}[\]]+/g) ?? [];
  let results = [''];
  for (const part of parts) {
    let options: string[];
    if (part.startsWith('{')) options = part.slice(1, -1).split('|');
    else if (part.startsWith('[')) options = [...part.slice(1, -1).split('|'), ''];
    else options = [part];
    const next: string[] = [];
    for (const r of results) for (const o of options) next.push(o.trim() ? `${r} ${o.trim()}` : r);
    results = next;
    if (results.length > MAX_EXPANSIONS) throw new LexiconError('phrase_too_broad', `phrase expands to over ${MAX_EXPANSIONS} forms: ${phrase}`);
  }
  return [...new Set(results.map((r) => r.trim()).filter(Boolean))];
}

/**
 * Validates lexicon data and compiles one phrase matcher per language.
 *
 * @example
 * const lexicon = compileLexicon(defaultLexiconData);
 * lexicon.issues.get('syria')?.label.en; // 'Syria'
 */
export function compileLexicon(input: LexiconData): CompiledLexicon {
  const parsed = lexiconDataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LexiconError('invalid_data', `lexicon data is invalid at ${issue.path.join('.')}: ${issue.message}`, { cause: parsed.error });
  }
  const data = parsed.data;
  const matchers: Record<Language, PhraseMatcher<Entry>> = { ar: new PhraseMatcher(), en: new PhraseMatcher() };
  const add = (lang: Language, phrase: string, entry: Entry) => {
    for (const form of expandPhrase(phrase)) matchers[lang].add(form, entry);
  };

  const countries = new Map<string, Country>();
  const iso3 = new Map<string, string>();
  for (const c of data.countries) {
    countries.set(c.code, c);
    if (c.iso3) iso3.set(c.iso3, c.code);
    for (const lang of ['ar', 'en'] as const) {
      const forms = c[lang];
      for (const p of forms.names) add(lang, p, { kind: 'country', country: c.code, form: 'name' });
      for (const p of forms.adjectives) add(lang, p, { kind: 'country', country: c.code, form: 'adjective' });
      for (const p of forms.capitals) add(lang, p, { kind: 'country', country: c.code, form: 'capital' });
      for (const p of forms.metonyms) add(lang, p, { kind: 'country', country: c.code, form: 'metonym' });
    }
  }
  for (const person of data.people) {
    for (const lang of ['ar', 'en'] as const) {
      for (const p of person.names[lang] ?? []) add(lang, p, { kind: 'person', person, short: false });
      for (const p of person.short?.[lang] ?? []) add(lang, p, { kind: 'person', person, short: true });
    }
  }
  for (const body of data.bodies) {
    for (const lang of ['ar', 'en'] as const) for (const p of body[lang]) add(lang, p, { kind: 'body', body });
  }
  for (const collective of data.collectives) {
    for (const lang of ['ar', 'en'] as const) {
      for (const p of collective[lang]) add(lang, p, { kind: 'collective', collective, loose: false });
      for (const p of collective.loose?.[lang] ?? []) add(lang, p, { kind: 'collective', collective, loose: true });
    }
  }
  const issueOfCountry = new Map<string, string>();
  for (const issue of data.issues) {
    for (const c of issue.countries) issueOfCountry.set(c, issue.id);
    for (const lang of ['ar', 'en'] as const) for (const p of issue.terms[lang]) add(lang, p, { kind: 'issue', issue: issue.id });
  }
  for (const cue of data.cues) {
    for (const lang of ['ar', 'en'] as const) for (const p of cue[lang]) add(lang, p, { kind: 'cue', cue });
  }
  for (const lang of ['ar', 'en'] as const) {
    for (const t of data.titles[lang]) add(lang, t.phrase, { kind: 'title', role: t.role });
    const speech = data.speech[lang];
    for (const kind of Object.keys(speech) as SpeechKind[]) for (const p of speech[kind]) add(lang, p, { kind });
    const agreement = data.agreement[lang];
    for (const kind of Object.keys(agreement) as AgreementKind[]) for (const p of agreement[kind]) add(lang, p, { kind });
    const relations = data.relations[lang];
    for (const kind of ['back', 'blame', 'blameAfter', 'hostile'] as const) for (const p of relations[kind]) add(lang, p, { kind });
    for (const reference of relations.references) add(lang, reference.phrase, { kind: 'reference', reference });
  }

  return {
    data,
    matchers,
    grammar: { ar: compileGrammar(data.grammar.ar), en: compileGrammar(data.grammar.en) },
    countries,
    iso3,
    issues: new Map(data.issues.map((i) => [i.id, i])),
    positions: new Map(data.positions.map((p) => [p.code, p])),
    issueOfCountry,
  };
}
