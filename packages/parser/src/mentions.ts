import type { CompiledLexicon, Entry, Language } from '@accord/lexicon';
import { hasClitics, type Token } from '@accord/text';
import type { Mention } from './types.js';

// A negation word inside one of these longer phrases is part of it ("لا بد" must, "لا سيما" especially).
const SHIELDS = new Set<Entry['kind']>(['trigger', 'agree', 'disagree', 'switch', 'cue']);
const VERBS = new Set<Entry['kind']>(['say', 'continue', 'participle', 'jointVerb']);
/** Kinds of mention that can stand for a speaker. */
export const ANCHOR_KINDS = new Set<Entry['kind']>(['country', 'collective', 'person', 'body', 'title', 'joint', 'nonOfficial']);

/** Whether a mention is a reporting verb, a participle or a joint verb. */
export function isVerb(m: Mention): boolean {
  return VERBS.has(m.entry.kind);
}

const families = new WeakMap<Entry, string>();
const keys = new WeakMap<Entry, string>();

// Entries are the lexicon's own objects, shared by every article: their family and identity are computed once.
function family(e: Entry): string {
  let f = families.get(e);
  if (f === undefined) {
    f =
      e.kind === 'country' || e.kind === 'person' || e.kind === 'body' || e.kind === 'collective'
        ? 'entity'
        : e.kind === 'cue'
          ? `cue:${e.cue.code}:${e.cue.polarity}`
          : e.kind;
    families.set(e, f);
  }
  return f;
}

function identity(e: Entry): string {
  let k = keys.get(e);
  if (k === undefined) keys.set(e, (k = entryKey(e)));
  return k;
}

/**
 * Step 2, mentions: every lexicon phrase in tokens `[from, to)`, with phrases contained in a longer
 * phrase of the same family dropped (so "وزير الخارجية" wins over "وزير", "الولايات المتحدة الأمريكية"
 * over "الولايات المتحدة"), and negations, offices' words and verbs inside longer phrases left out.
 *
 * @example
 * const tokens = tokenize(normalizeText('قال لافروف إن الحل في سوريا سياسي').text);
 * findMentions(defaultLexicon(), 'ar', tokens, 0, tokens.length).map((m) => m.entry.kind); // ['say', 'person', 'cue', 'country']
 */
export function findMentions(lexicon: CompiledLexicon, language: Language, tokens: readonly Token[], from: number, to: number): Mention[] {
  const passive = lexicon.grammar[language].passiveAgents;
  const raw = lexicon.matchers[language]
    .matchAll(tokens, from, to)
    .map((m) => ({ start: m.start, end: m.end, entry: m.payload, clitic: m.clitic, suffixed: m.suffixed }))
    // A reporting verb with an object pronoun ("تؤيدها", which support it) sits in a relative clause, not an attribution;
    // one read through the article ("والتواصل") is a noun.
    .filter((m) => !(VERBS.has(m.entry.kind) && ((m.suffixed && (m.entry.kind === 'say' || m.entry.kind === 'continue')) || m.clitic.article)))
    // "the militias supported by the Iranian regime": a verb with its agent after it is a passive, no one's statement.
    .filter((m) => m.entry.kind !== 'say' || !(passive.before(tokens, m.end + 1) || passive.before(tokens, m.end + 2)));
  const byFamily = new Map<string, Mention[]>();
  for (const m of raw) {
    const f = family(m.entry);
    let list = byFamily.get(f);
    if (!list) byFamily.set(f, (list = []));
    list.push(m);
  }
  const kept: Mention[] = [];
  for (const list of byFamily.values()) {
    // Longest first; a mention survives unless a longer one of its family covers it.
    list.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Mention[] = [];
    for (const m of list) {
      const len = m.end - m.start;
      const id = identity(m.entry);
      let skip = false;
      for (const t of taken) {
        if (t.start <= m.start && m.end <= t.end && (t.end - t.start > len || (t.start === m.start && identity(t.entry) === id))) {
          skip = true;
          break;
        }
      }
      if (!skip) taken.push(m);
    }
    kept.push(...taken);
  }
  const shields = kept.filter((m) => SHIELDS.has(m.entry.kind));
  // "كيري" is Kerry, not ك + "يري" (sees): a name read whole beats a verb read through a clitic.
  const entities = kept.filter(
    (m) => m.entry.kind === 'country' || m.entry.kind === 'collective' || m.entry.kind === 'person' || m.entry.kind === 'body' || m.entry.kind === 'title',
  );
  const titles = kept.filter((m) => m.entry.kind === 'title');
  return (
    kept
      .filter((m) => m.entry.kind !== 'negation' || !shields.some((s) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start))
      // "وزير الإعلام", "رئيس مجلس الوزراء" are offices: the "media" or "ministers" inside them are not speakers.
      .filter((m) => (m.entry.kind !== 'nonOfficial' && m.entry.kind !== 'joint') || !titles.some((t) => t.start <= m.start && m.end <= t.end))
      // A verb inside a name is part of the name ("United States" is not "states").
      .filter(
        (m) =>
          !VERBS.has(m.entry.kind) ||
          !entities.some((e) => e.start <= m.start && m.end <= e.end && (e.end - e.start > m.end - m.start || hasClitics(m.clitic) || !hasClitics(e.clitic))),
      )
      // "Latin American countries": a region only keeps "American" from naming a state; it names no one.
      .filter((m) => m.entry.kind !== 'body' || m.entry.body.kind !== 'region')
      .sort((a, b) => a.start - b.start || b.end - a.end)
  );
}

const personIds = new WeakMap<object, number>();
let nextPersonId = 0;

// Two entries of one person (two offices) share names: identity, not name, tells them apart.
function personId(p: object): number {
  let id = personIds.get(p);
  if (id === undefined) personIds.set(p, (id = nextPersonId++));
  return id;
}

function entryKey(e: Entry): string {
  switch (e.kind) {
    case 'country':
      return `c${e.country}`;
    case 'person':
      return `p${personId(e.person)}`;
    case 'body':
      return `b${e.body.id}`;
    case 'collective':
      return `g${e.collective.id}`;
    case 'issue':
      return `i${e.issue}`;
    case 'cue':
      return `q${e.cue.code}${e.cue.polarity}${e.cue.needs}`;
    case 'title':
      return `t${e.role}`;
    default:
      return e.kind;
  }
}
