import type { Role } from '@accord/lexicon';
import { beginsWithAnd } from '@accord/text';
import { bodyActor, countryActor, group, localCountries, localName, nameAfterOffice, newActor, personActor, titledActor } from './actors.js';
import { collectiveMembers } from './collectives.js';
import { jointCountries } from './joint.js';
import { inOffice, pickPerson, titleCountry } from './offices.js';
import { afterPreposition, isPossessed, joinedByAnd, withoutPrepositional } from './prepositions.js';
import { gap, spanOf, surface, type ArticleState, type Resolved } from './state.js';
import type { Mention, ParsedSentence } from './types.js';
import { ANCHOR_KINDS } from './mentions.js';
import type { Window } from './windows.js';

/** What a window of tokens offers to the subject rules. */
interface WindowView {
  state: ArticleState;
  from: number;
  to: number;
  /** The mentions inside the window, less persons and bodies after a preposition ("by Hamas", "قال لـ«الشرق الأوسط»"). */
  inWin: Mention[];
  titles: Mention[];
  /** A non-official word describes the speaker: at the window's start or next to a name or office. */
  nonOfficial: boolean;
  /** Countries standing as the subject. */
  subjects: string[];
  /** The state of the window's first office, if one is named next to it. */
  officeState: string | undefined;
}

/**
 * Step 5, subjects: the actor named in tokens `[from, to)`, if any. The rules (`SUBJECT_RULES`) run
 * in order and the first that names someone wins.
 *
 * @example
 * resolveWindow(state, sentence, windowAfter(state, sentence, verb.end))?.countries; // ['RU'] after "قال لافروف"
 */
export function resolveWindow(state: ArticleState, sentence: ParsedSentence, [from, to]: Window): Resolved | undefined {
  if (to <= from) return undefined;
  const inWin = sentence.mentions.filter(
    (m) => m.start >= from && m.end <= to && !((m.entry.kind === 'person' || m.entry.kind === 'body') && afterPreposition(state, m)),
  );
  const anchors = inWin.filter((m) => m.entry.kind === 'person' || m.entry.kind === 'title');
  const nonOfficial = inWin.some(
    (m) => m.entry.kind === 'nonOfficial' && (m.start <= from + 2 || anchors.some((a) => Math.abs(a.start - m.end) <= 2 || Math.abs(m.start - a.end) <= 2)),
  );
  const titles = inWin.filter((m) => m.entry.kind === 'title');
  const officeState = titles[0] ? titleCountry(state, inWin, titles[0], from) : undefined;
  const view: WindowView = { state, from, to, inWin, titles, nonOfficial, subjects: subjectCountries(state, inWin, from), officeState };
  for (const rule of SUBJECT_RULES) {
    const found = rule(view);
    if (found) return found;
  }
  return undefined;
}

const one = (actor: Resolved['actor'], country: string | null, narrated = false): Resolved => ({
  actor,
  countries: country ? [country] : [],
  joint: false,
  narrated,
});

/**
 * "وزراء خارجية دول مجلس التعاون", "أكدت الولايات المتحدة ودول مجلس التعاون": a collective heading the
 * window (or right after the office of its officials) speaks for its members and the states joined to it.
 */
function collectiveSubject({ state, inWin, nonOfficial }: WindowView): Resolved | undefined {
  const at = inWin.findIndex((m) => m.entry.kind === 'collective' && !afterPreposition(state, m));
  const c = inWin[at];
  if (!c || nonOfficial) return undefined;
  // Only an office or joint word touching it, or states joined to it, may come before it.
  // The body of the same name ("ASEAN") is no one before it.
  const before = inWin.slice(0, at).filter((m) => m.entry.kind !== 'country' && m.entry.kind !== 'agentNoun' && !(m.start === c.start && m.end === c.end));
  if (before.some((m) => ANCHOR_KINDS.has(m.entry.kind) && !((m.entry.kind === 'title' || m.entry.kind === 'joint') && m.end === c.start))) return undefined;
  const members = collectiveMembers(state, inWin, c);
  if (members.length === 0) return undefined;
  const joined = inWin.filter(
    (m) => m.entry.kind === 'country' && m.entry.form !== 'adjective' && !afterPreposition(state, m) && (joinedByAnd(state, m, c) || joinedByAnd(state, c, m)),
  );
  const countries = [...new Set([...joined.map((m) => (m.entry as { country: string }).country), ...members])];
  return group(state, countries, [c, ...joined], joined.length > 0);
}

/** "مصر وروسيا تعملان", "Egypt and Russia urge": two states joined by "and" speak together. */
function coordinatedStates({ state, inWin, subjects }: WindowView): Resolved | undefined {
  return subjects.length >= 2 && coordinatedSubjects(state, inWin) ? group(state, subjects, inWin) : undefined;
}

/** "the two sides", "الجانبان": the parties of the meeting, or the last group named. */
function jointWord({ state, inWin }: WindowView): Resolved | undefined {
  const joint = inWin.find((m) => m.entry.kind === 'joint');
  if (!joint) return undefined;
  const countries = jointCountries(state, undefined);
  return countries.length >= 2 ? group(state, countries, [joint]) : undefined;
}

/** A person named earlier and now by surname alone ("وشدد جنتي على ..."), standing first in the window. */
function surnameFirst({ state, from, inWin }: WindowView): Resolved | undefined {
  const firstLocal = localName(state, from, from + 1, false);
  if (!firstLocal || inWin.some((m) => m.start === from)) return undefined;
  return one(localName(state, from, from + 1)!, firstLocal.country);
}

/** "وتحاول روسيا تحقيق تقارب بين الحكومة السورية ...": a state named first, right after an Arabic verb, is the subject. */
function stateAfterVerb({ state, from, inWin, subjects, nonOfficial }: WindowView): Resolved | undefined {
  const first = inWin.find((m) => m.entry.kind === 'country' || m.entry.kind === 'person' || m.entry.kind === 'body' || m.entry.kind === 'title');
  if (
    state.language !== 'ar' ||
    first?.entry.kind !== 'country' ||
    first.entry.form === 'adjective' ||
    first.start !== from ||
    subjects[0] !== first.entry.country ||
    nonOfficial
  )
    return undefined;
  return one(countryActor(state, first.entry.country, [spanOf(state, first.start, first.end)]), first.entry.country, true);
}

/** "SM Teo and PM Shtayyeh reaffirmed": officials of two states speaking together. */
function officialsTogether({ state, from, to, inWin, nonOfficial }: WindowView): Resolved | undefined {
  const persons = inWin.filter((m) => m.entry.kind === 'person');
  const personCountries = [
    ...new Set(
      persons.map((m) => (m.entry.kind === 'person' && inOffice(state, m.entry.person) ? m.entry.person.country : null)).filter((c): c is string => c !== null),
    ),
  ];
  const together = [...new Set([...personCountries, ...localCountries(state, from, to)])];
  return together.length >= 2 && !nonOfficial && officialsJoined(state, persons, from, to) ? group(state, together, persons) : undefined;
}

/** A known person, for their state when in office and speaking as an official. */
function knownPerson({ state, from, inWin, titles, nonOfficial }: WindowView): Resolved | undefined {
  const person = pickPerson(
    state,
    inWin.filter((m) => m.entry.kind === 'person'),
  );
  if (person?.entry.kind !== 'person') return undefined;
  // Known to the lexicon only in another office, but named here with a title and a state: the title is newer news.
  const outOfOffice = !inOffice(state, person.entry.person);
  const titled = titles.length > 0 && titles.some((t) => titleCountry(state, inWin, t, from) !== undefined);
  if (outOfOffice && titled && !nonOfficial) return undefined;
  const p = person.entry.person;
  const country = !nonOfficial && p.role !== 'non_official' && inOffice(state, p) ? p.country : null;
  return one(personActor(state, p, country, person), country);
}

/** A non-state body (the UN envoy, the Arab League, Hamas), unless an office with a state is named too. */
function body({ state, inWin, officeState }: WindowView): Resolved | undefined {
  const m = inWin.find((x) => x.entry.kind === 'body');
  return m && !officeState ? one(bodyActor(state, m), null) : undefined;
}

/** An office with its state ("Russian Foreign Minister", "وزير الخارجية المصري"), for that state unless a non-official. */
function titledOffice(view: WindowView): Resolved | undefined {
  const { state, from, to, inWin, titles, officeState } = view;
  if (!titles[0] || !officeState) return undefined;
  if (view.nonOfficial) return nonOfficialSpeaker(view);
  const title = officialTitle(titles) ?? titles[0];
  const role: Role = title.entry.kind === 'title' ? title.entry.role : 'official';
  return one(titledActor(state, role, officeState, from, to, inWin), officeState, role === 'institution');
}

/** "The Secretary", "الوزير": an office named bare refers to the last person named in it. */
function bareOffice({ state, titles, officeState, nonOfficial }: WindowView): Resolved | undefined {
  const title = officialTitle(titles);
  if (!title || officeState || title.entry.kind !== 'title' || nonOfficial) return undefined;
  // "Prime Minister Lee" after "Prime Minister Shtayyeh ... Prime Minister Lee Hsien Loong": a name after
  // the office is the person met under that name, not the office's last holder.
  const named = nameAfterOffice(state, title.end);
  const holder = named ?? state.byRole.get(title.entry.role);
  return holder?.country ? one(holder, holder.country) : undefined;
}

/** "Moscow supports", "Russia: ...": a state named alone speaks for itself. */
function namedState({ state, from, to, subjects, nonOfficial }: WindowView): Resolved | undefined {
  if (subjects.length !== 1 || nonOfficial) return undefined;
  return one(countryActor(state, subjects[0]!, [spanOf(state, from, to)]), subjects[0]!, true);
}

/** A word that refers back to someone met before (a surname) anywhere in the window. */
function rememberedName({ state, from, to }: WindowView): Resolved | undefined {
  const local = localName(state, from, to);
  return local ? one(local, local.country) : undefined;
}

/** "Presidential candidate Hamdeen Sabahi said", "قال المحلل": someone without office speaks, for no state. */
function nonOfficialSpeaker({ state, from, to, nonOfficial }: WindowView): Resolved | undefined {
  return nonOfficial ? one(newActor(state, surface(state, from, to), null, 'non_official', 'person', from, to), null) : undefined;
}

const SUBJECT_RULES = [
  collectiveSubject,
  coordinatedStates,
  jointWord,
  surnameFirst,
  stateAfterVerb,
  officialsTogether,
  knownPerson,
  body,
  titledOffice,
  bareOffice,
  namedState,
  rememberedName,
  nonOfficialSpeaker,
];

function officialTitle(titles: Mention[]): Mention | undefined {
  return titles.find((m) => m.entry.kind === 'title' && m.entry.role !== 'institution' && m.entry.role !== 'official');
}

/** Countries standing as the subject: names, capitals, metonyms not after a preposition; adjectives after a joint noun or institution. */
function subjectCountries(state: ArticleState, inWin: Mention[], from: number): string[] {
  const out: string[] = [];
  const free = new Set(
    withoutPrepositional(
      state,
      inWin.filter((m) => m.entry.kind === 'country'),
    ),
  );
  for (const m of inWin) {
    if (m.entry.kind !== 'country') continue;
    if (!free.has(m) || isPossessed(state, m) || possessorAfterNoun(state, inWin, m)) continue;
    if (m.entry.form === 'adjective') {
      // "الجانب الروسي", "شركاؤنا الأمريكيون": an adjective after an institution or a word for people; not "الموقف الروسي".
      const prev = inWin.find(
        (p) =>
          p.end === m.start &&
          (p.entry.kind === 'joint' ||
            (p.entry.kind === 'agentNoun' && state.grammar.peopleNouns.has(state.tokens[p.start]!.text)) ||
            (p.entry.kind === 'title' && p.entry.role === 'institution')),
      );
      const coordinated = out.length > 0 && beginsWithAnd(state.tokens[m.start]!.text);
      if (!prev && !coordinated && !(state.language === 'en' && m.start === from)) continue;
      if (state.language === 'en' && !prev && inWin.some((p) => p.entry.kind === 'title' && p.start === m.end)) continue;
    }
    if (!out.includes(m.entry.country)) out.push(m.entry.country);
  }
  return out;
}

// "ترفض دعم إيران للإرهاب", "تدخل تركيا": an Arabic name right after a noun of deed or stance is its possessor, not a subject.
function possessorAfterNoun(state: ArticleState, inWin: Mention[], m: Mention): boolean {
  if (state.language !== 'ar' || m.entry.kind !== 'country' || m.entry.form === 'adjective') return false;
  return inWin.some(
    (p) =>
      p.end === m.start &&
      p.entry.kind === 'agentNoun' &&
      !state.grammar.peopleNouns.has(state.tokens[p.start]!.text) &&
      !inWin.some((t) => t.entry.kind === 'title' && t.start <= p.start && p.end <= t.end),
  );
}

// The first two subject countries are joined by "and"/"و" (directly, or through a comma list).
function coordinatedSubjects(state: ArticleState, inWin: Mention[]): boolean {
  const countries = withoutPrepositional(
    state,
    inWin.filter((m) => m.entry.kind === 'country'),
  );
  for (let k = 0; k + 1 < countries.length; k++) {
    const a = countries[k]!;
    const b = countries[k + 1]!;
    if (a.entry.kind === 'country' && b.entry.kind === 'country' && a.entry.country !== b.entry.country)
      return joinedByAnd(state, a, b) || /[,،]/.test(gap(state, a.end - 1, b.start));
  }
  return false;
}

// Two officials of different states joined by "and"/"و" within a few words ("SM Teo and PM Shtayyeh").
function officialsJoined(state: ArticleState, persons: Mention[], from: number, to: number): boolean {
  if (persons.length < 2) return hasAnd(state, from, to) && localCountries(state, from, to).length >= 2 && to - from <= 10;
  const [a, b] = [persons[0]!, persons[persons.length - 1]!];
  if (b.start - a.end > 4) return false;
  if (b.clitic.conjunction === 'و') return true;
  for (let i = a.end; i < b.start && i < to; i++) if (joinsWithAnd(state, state.tokens[i]!.text)) return true;
  return false;
}

// "and", "و", or a word joined by و ("وروسيا").
function joinsWithAnd(state: ArticleState, word: string): boolean {
  return state.grammar.and.has(word) || beginsWithAnd(word);
}

function hasAnd(state: ArticleState, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (joinsWithAnd(state, state.tokens[i]!.text)) return true;
  return false;
}
