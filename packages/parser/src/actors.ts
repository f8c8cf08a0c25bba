import type { Body, Person, Role } from '@accord/lexicon';
import { underPrepositionAndArticle, type Span, type Token } from '@accord/text';
import { holdsOffice } from './offices.js';
import { capitalized, spanOf, surface, type ArticleState, type Resolved } from './state.js';
import type { Actor, Mention } from './types.js';

// The actors of one article, each registered once under its identity key and given every span that names it.

function register(state: ArticleState, key: string, a: Omit<Actor, 'id' | 'mentions'>): Actor {
  const actor: Actor = { id: state.actors.length, mentions: [], ...a };
  state.actors.push(actor);
  state.byKey.set(key, actor);
  return actor;
}

function countryName(state: ArticleState, code: string): string {
  const c = state.lexicon.countries.get(code);
  return c?.[state.language].names[0] ?? c?.en.names[0] ?? code;
}

/** A state speaking for itself ("Moscow supports", "أكدت مصر"). */
export function countryActor(state: ArticleState, country: string, mentions: Span[]): Actor {
  const key = `state:${country}`;
  const actor = state.byKey.get(key) ?? register(state, key, { name: countryName(state, country), country, role: 'state', kind: 'state' });
  actor.mentions.push(...mentions);
  return actor;
}

/** A known person; `country` is null when they speak out of office or as a non-official. */
export function personActor(state: ArticleState, p: Person, country: string | null, m: Mention): Actor {
  const name = p.names[state.language]?.[0] ?? p.names.en?.[0] ?? p.names.ar?.[0] ?? '?';
  const key = `person:${name}:${country}`;
  const actor = state.byKey.get(key) ?? register(state, key, { name, country, role: country ? p.role : 'non_official', kind: 'person' });
  if (country) state.byRole.set(p.role, actor);
  actor.mentions.push(spanOf(state, m.start, m.end));
  // Once named in full, the surname alone refers to them ("وليد المعلم" ... "أكد المعلم").
  if (m.end - m.start > 1) rememberName(state, state.tokens[m.end - 1]!, actor);
  return actor;
}

function rememberName(state: ArticleState, tok: Token, actor: Actor): void {
  // A word under a preposition and article ("بالتخلي", "للأمم") is no one's name.
  if (tok.text.length < 3 || state.grammar.nameStopwords.has(tok.text) || underPrepositionAndArticle(tok.text)) return;
  for (const key of tok.keys.slice(0, 3)) if (key.length >= 3 && !state.names.has(key)) state.names.set(key, actor);
}

/** A non-state body (the UN, the Arab League, Hamas): it speaks for no country. */
export function bodyActor(state: ArticleState, m: Mention): Actor {
  const body = (m.entry as { body: Body }).body;
  const key = `body:${body.id}`;
  const actor = state.byKey.get(key) ?? register(state, key, { name: body[state.language][0] ?? body.id, country: null, role: 'body', kind: 'body' });
  actor.mentions.push(spanOf(state, m.start, m.end));
  return actor;
}

/** An official named by a title and a state ("وزير الخارجية السعودي عادل الجبير"), under the name words after the title. */
export function titledActor(state: ArticleState, role: Role, country: string, from: number, to: number, inWin: Mention[]): Actor {
  const nameTokens = namesAfterTitle(state, from, to, inWin);
  const lastKnown = nameTokens.from;
  const end = nameTokens.words.length > 0 ? Math.max(lastKnown, to - (to - lastKnown - nameTokens.words.length)) : lastKnown;
  const spoken = surface(state, from, Math.min(to, end));
  const name =
    nameTokens.words.length > 0 ? nameTokens.words.map((tk) => state.text.slice(state.norm.map[tk.start]!, state.norm.map[tk.end]!)).join(' ') : spoken;
  const key = nameTokens.words.length > 0 ? `named:${nameTokens.words.map((tk) => tk.text).join(' ')}` : `title:${role}:${country}`;
  const actor =
    state.byKey.get(key) ?? register(state, key, { name, country, role, kind: nameTokens.words.length > 0 || role !== 'institution' ? 'person' : 'state' });
  actor.mentions.push(spanOf(state, from, Math.min(to, end)));
  const last = nameTokens.words[nameTokens.words.length - 1];
  if (last) rememberName(state, last, actor);
  // A name before the title ("علي أحمد جنتي، وزير الثقافة ..."): its last word refers to the same person later.
  const firstTitle = Math.min(...inWin.filter((m) => m.entry.kind === 'title').map((m) => m.start));
  for (let i = firstTitle - 1; i >= from && i >= firstTitle - 3; i--) {
    const tok = state.tokens[i]!;
    if (state.grammar.nameStopwords.has(tok.text) || inWin.some((m) => m.start <= i && i < m.end)) continue;
    if (state.language === 'en' && !capitalized(state, tok)) continue;
    rememberName(state, tok, actor);
    break;
  }
  return actor;
}

// Name words right after the last known word of the phrase: remembered for later mentions ("تونر", "Toner").
// The phrase is the title and the words of office or state touching it ("وزير الخارجية السعودي"), not every state in the window.
function namesAfterTitle(state: ArticleState, from: number, to: number, inWin: Mention[]): { from: number; words: Token[] } {
  const known = inWin.filter((m) => m.entry.kind === 'title' || m.entry.kind === 'country').sort((a, b) => a.start - b.start);
  let lastKnown = known[0]?.end ?? from;
  for (const m of known) if (m.start <= lastKnown) lastKnown = Math.max(lastKnown, m.end);
  const words: Token[] = [];
  for (let i = lastKnown; i < to && words.length < 3; i++) {
    const tok = state.tokens[i]!;
    if (state.grammar.nameStopwords.has(tok.text) || inWin.some((m) => m.start <= i && i < m.end)) break;
    if (state.language === 'en' && !capitalized(state, tok)) break;
    words.push(tok);
  }
  return { from: lastKnown, words };
}

/** Someone the lexicon does not know, by the words that name them ("the analyst", "المحلل"). */
export function newActor(state: ArticleState, name: string, country: string | null, role: Actor['role'], kind: Actor['kind'], from: number, to: number): Actor {
  const key = `anon:${name}`;
  const actor = state.byKey.get(key) ?? register(state, key, { name, country, role, kind });
  actor.mentions.push(spanOf(state, from, to));
  return actor;
}

/**
 * Several states speaking together; a group of three or more named one by one is remembered for "the
 * committee" (a collective by its own name is not: "the ministers" after it are every side of the meeting).
 */
export function group(state: ArticleState, countries: string[], mentions: Mention[], remember = true): Resolved {
  if (countries.length >= 3 && remember) state.lastGroup = countries;
  const key = `group:${[...countries].sort().join('+')}`;
  let actor = state.byKey.get(key);
  if (!actor) {
    const names = countries.map((c) => countryName(state, c));
    actor = register(state, key, { name: names.join(state.grammar.groupJoiner), country: null, role: 'state', kind: 'group' });
  }
  for (const m of mentions) actor.mentions.push(spanOf(state, m.start, m.end));
  return { actor, countries, joint: true, narrated: false };
}

/** The first actor that a word of tokens `[from, to)` refers back to (a surname); `record` adds the word as a mention. */
export function localName(state: ArticleState, from: number, to: number, record = true): Actor | undefined {
  for (let i = Math.max(0, from); i < to; i++) {
    for (const key of state.tokens[i]!.keys) {
      const actor = state.names.get(key);
      if (actor) {
        if (record) actor.mentions.push(spanOf(state, i, i + 1));
        return actor;
      }
    }
  }
  return undefined;
}

/**
 * The person met before whom the word at token `at` names, right after a bare office: a surname
 * ("الوزير شكري"), or in English any capitalised word of a known person's name ("Prime Minister Lee"
 * for Lee Hsien Loong, "Minister Maliki" for Mohamad Maliki Osman), where the family name may come first.
 */
export function nameAfterOffice(state: ArticleState, at: number): Actor | undefined {
  const tok = state.tokens[at];
  if (!tok || state.grammar.nameStopwords.has(tok.text)) return undefined;
  const local = localName(state, at, at + 1);
  if (local || state.language !== 'en' || !capitalized(state, tok) || tok.text.length < 3) return local;
  // The person may have been named only after a preposition ("hosted by Prime Minister Lee Hsien Loong"), so never registered.
  const word = tok.text.toLowerCase();
  const hasWord = (name: string) =>
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(word);
  for (const sentence of state.sentences) {
    for (const m of sentence.mentions) {
      if (m.start >= at || m.entry.kind !== 'person' || m.entry.short) continue;
      const p = m.entry.person;
      if (p.country && holdsOffice(p, state.year) && (p.names.en ?? []).some(hasWord)) return personActor(state, p, p.country, m);
    }
  }
  return undefined;
}

/** The countries of the actors that words of tokens `[from, to)` refer back to. */
export function localCountries(state: ArticleState, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    for (const key of state.tokens[i]!.keys) {
      const c = state.names.get(key)?.country;
      if (c && !out.includes(c)) out.push(c);
    }
  }
  return out;
}
