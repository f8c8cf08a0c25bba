import type { CompiledLexicon, Language, Person, Role } from '@accord/lexicon';
import type { Token } from '@accord/text';
import type { Actor, Mention, ParsedClause, ParsedSentence, Speaker } from './types.js';
import { ANCHOR_KINDS, CALL_WORDS, COMPLEMENTIZERS, FINITE_EN, NAME_STOPWORDS, OBLIGATION, OF_WORDS, PEOPLE_NOUN, PLURAL_PRONOUNS, RELATIVES, WINDOW_STOPS, continued, isVerb, prepositionClitic, toSpeaker } from './words.js';

export interface Resolved {
  actor: Actor;
  countries: string[];
  joint: boolean;
  narrated: boolean;
}

/** The state of one article's attribution: its tokens, the actors met so far, the names and offices they answer to. */
export class Context {
  parties: string[] = [];
  private lastGroup: string[] | undefined;
  private readonly names = new Map<string, Actor>();
  private readonly byRole = new Map<string, Actor>();
  private readonly byKey = new Map<string, Actor>();

  constructor(
    readonly language: Language,
    readonly lexicon: CompiledLexicon,
    readonly tokens: Token[],
    readonly normText: string,
    readonly original: string,
    readonly map: Int32Array,
    readonly actors: Actor[],
    readonly year: number | undefined,
    readonly sentences: readonly ParsedSentence[],
  ) {}

  /** Token indices of a reporting verb's subject when it follows the verb (Arabic VSO, "said Lavrov"). */
  windowAfter(sentence: ParsedSentence, from: number): [number, number] {
    const stops = WINDOW_STOPS[this.language];
    let i = from;
    const limit = Math.min(sentence.tokenEnd, from + 12);
    while (i < limit) {
      const tok = this.tokens[i]!;
      if (COMPLEMENTIZERS.has(tok.text) || stops.has(tok.text)) break;
      if (i > from && this.breakBetween(i - 1, i)) break;
      if (sentence.mentions.some((m) => m.start === i && (isVerb(m) || m.entry.kind === 'cue'))) break;
      i++;
    }
    return [from, i];
  }

  /** Token indices before a verb back to the previous verb or a complementizer ("Lavrov said", "مصر وروسيا تعملان"). */
  windowBefore(sentence: ParsedSentence, verbStart: number, floor: number): [number, number] {
    let i = verbStart;
    // Arabic subjects before the verb stand right before it ("وزير الخارجية سامح شكري شدد"); English ones may be long.
    const limit = Math.max(sentence.tokenStart, floor, verbStart - (this.language === 'en' ? 14 : 6));
    while (i > limit) {
      const tok = this.tokens[i - 1]!;
      if (COMPLEMENTIZERS.has(tok.text)) break;
      if (i < verbStart && this.breakBetween(i - 1, i)) break;
      i--;
    }
    return [i, verbStart];
  }

  /** The normalised text between tokens `a` and `b`. */
  private gap(a: number, b: number): string {
    return this.normText.slice(this.tokens[a]!.end, this.tokens[b]!.start);
  }

  private breakBetween(a: number, b: number): boolean {
    return /[«»"“”:;؛.!?؟()]/.test(this.gap(a, b));
  }

  private quoteSpans: Array<[number, number]> | undefined;

  /** Whether a position of the normalised text lies between opening and closing quotes. */
  insideQuote(pos: number): boolean {
    if (!this.quoteSpans) {
      this.quoteSpans = [];
      let open = -1;
      const t = this.normText;
      for (let i = 0; i < t.length; i++) {
        const ch = t[i];
        if (ch === '«' || ch === '“') open = i;
        else if ((ch === '»' || ch === '”') && open >= 0) {
          this.quoteSpans.push([open, i]);
          open = -1;
        } else if (ch === '"') {
          if (open >= 0 && t[open] === '"') {
            this.quoteSpans.push([open, i]);
            open = -1;
          } else open = i;
        } else if (ch === '\n') open = -1;
      }
    }
    // Spans are disjoint and in order: binary search keeps long texts with many quotes linear.
    const spans = this.quoteSpans;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = spans[mid]!;
      if (pos <= a) hi = mid - 1;
      else if (pos >= b) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Whether a complementizer stands within three words before a verb ("وأضاف أن النظام الإيراني يواصل"). */
  complementBefore(sentence: ParsedSentence, verbStart: number): boolean {
    for (let i = Math.max(sentence.tokenStart, verbStart - 3); i < verbStart; i++) if (COMPLEMENTIZERS.has(this.tokens[i]!.text)) return true;
    return false;
  }

  /** Whether the subject before a verb opens with a relative pronoun ("which Iran stated", "التي قالت"). */
  relativeBefore(sentence: ParsedSentence, verbStart: number, floor: number): boolean {
    for (let i = Math.max(sentence.tokenStart, floor, verbStart - 3); i < verbStart; i++) if (RELATIVES.has(this.tokens[i]!.text)) return true;
    return false;
  }

  /** The token index just past the clause holding token `at`. */
  clauseEndOf(sentence: ParsedSentence, at: number): number {
    return sentence.clauses.find((c) => c.tokenStart <= at && at < c.tokenEnd)?.tokenEnd ?? sentence.tokenEnd;
  }

  /** Whether a speaker-like mention ends within `gap` tokens before `at`. */
  endsNear(sentence: ParsedSentence, at: number, gap: number): boolean {
    return sentence.mentions.some((m) => m.end <= at && at - m.end < gap && ANCHOR_KINDS.has(m.entry.kind) && m.entry.kind !== 'nonOfficial' && !this.afterPreposition(m))
      || this.localName(at - gap, at, false) !== undefined;
  }

  /** Whether an entity mention ends at the token right before `at` (a subject adjacent to its verb). */
  endsRightBefore(sentence: ParsedSentence, at: number): boolean {
    return sentence.mentions.some((m) => m.end === at && (m.entry.kind === 'country' || m.entry.kind === 'person' || m.entry.kind === 'body' || m.entry.kind === 'joint' || (m.entry.kind === 'title' && m.entry.role !== 'institution')) && !this.afterPreposition(m))
      || this.localName(at - 1, at, false) !== undefined;
  }

  breakBefore(at: number): boolean {
    return at > 0 && (this.breakBetween(at - 1, at) || /[,،]/.test(this.gap(at - 1, at)));
  }

  // "They agreed", "both reaffirmed": after a meeting, the two parties speak together.
  pluralPronounBefore(verbStart: number, sentence: ParsedSentence): boolean {
    const prev = this.tokens[verbStart - 1];
    return verbStart > sentence.tokenStart && prev !== undefined && PLURAL_PRONOUNS.has(prev.text);
  }

  /** The actor named in tokens `[from, to)`, if any. */
  resolveWindow(sentence: ParsedSentence, [from, to]: [number, number]): Resolved | undefined {
    if (to <= from) return undefined;
    // A person or body after a preposition ("by Hamas", "قال لـ«الشرق الأوسط»") is not the subject.
    const inWin = sentence.mentions.filter((m) => m.start >= from && m.end <= to && !((m.entry.kind === 'person' || m.entry.kind === 'body') && this.afterPreposition(m)));
    // A non-official word counts when it describes the speaker: at the window's start or next to a name or office.
    const anchors = inWin.filter((m) => m.entry.kind === 'person' || m.entry.kind === 'title');
    const nonOfficial = inWin.some((m) => m.entry.kind === 'nonOfficial' && (m.start <= from + 2 || anchors.some((a) => Math.abs(a.start - m.end) <= 2 || Math.abs(m.start - a.end) <= 2)));
    const joint = inWin.find((m) => m.entry.kind === 'joint');
    const subjects = this.subjectCountries(inWin, from);
    if (subjects.length >= 2 && this.coordinatedSubjects(inWin)) return this.group(subjects, inWin);
    if (joint) {
      const countries = this.jointCountries(undefined);
      if (countries.length >= 2) return this.group(countries, [joint]);
    }
    // A person named earlier and now by surname alone ("وشدد جنتي على ..."), standing first in the window.
    const firstLocal = this.localName(from, from + 1, false);
    if (firstLocal && !inWin.some((m) => m.start === from)) return { actor: this.localName(from, from + 1)!, countries: firstLocal.country ? [firstLocal.country] : [], joint: false, narrated: false };
    // "وتحاول روسيا تحقيق تقارب بين الحكومة السورية ...": a state named first, right after the verb, is the subject.
    const firstEntity = inWin.find((m) => m.entry.kind === 'country' || m.entry.kind === 'person' || m.entry.kind === 'body' || m.entry.kind === 'title');
    if (this.language === 'ar' && firstEntity?.entry.kind === 'country' && firstEntity.entry.form !== 'adjective' && firstEntity.start === from && subjects[0] === firstEntity.entry.country && !nonOfficial) {
      const actor = this.countryActor(firstEntity.entry.country, [this.spanOf(firstEntity.start, firstEntity.end)]);
      return { actor, countries: [firstEntity.entry.country], joint: false, narrated: true };
    }
    const titles = inWin.filter((m) => m.entry.kind === 'title');
    const persons = inWin.filter((m) => m.entry.kind === 'person');
    // "SM Teo and PM Shtayyeh reaffirmed": officials of two states speaking together.
    const personCountries = [...new Set(persons.map((m) => (m.entry.kind === 'person' && this.inOffice(m.entry.person) ? m.entry.person.country : null)).filter((c): c is string => c !== null))];
    const localCountries = this.localCountries(from, to);
    const together = [...new Set([...personCountries, ...localCountries])];
    if (together.length >= 2 && !nonOfficial && this.officialsJoined(persons, from, to)) return this.group(together, persons);
    const person = this.pickPerson(persons);
    // Known to the lexicon only in another office, but named here with a title and a state: the title is newer news.
    const outOfOffice = person?.entry.kind === 'person' && !this.inOffice(person.entry.person);
    const titled = titles.length > 0 && titles.some((t) => this.titleCountry(inWin, t, from) !== undefined);
    if (person && person.entry.kind === 'person' && !(outOfOffice && titled && !nonOfficial)) {
      const p = person.entry.person;
      const official = !nonOfficial && p.role !== 'non_official' && this.inOffice(p);
      const country = official ? p.country : null;
      const actor = this.personActor(p, country, person);
      return { actor, countries: country ? [country] : [], joint: false, narrated: false };
    }
    const body = inWin.find((m) => m.entry.kind === 'body');
    const officialTitle = titles.find((m) => m.entry.kind === 'title' && m.entry.role !== 'institution' && m.entry.role !== 'official');
    const anyTitle = titles[0];
    const titleCountry = anyTitle ? this.titleCountry(inWin, anyTitle, from) : undefined;
    if (body && !titleCountry) {
      const actor = this.bodyActor(body);
      return { actor, countries: [], joint: false, narrated: false };
    }
    if (anyTitle && titleCountry) {
      const role = (officialTitle ?? anyTitle).entry.kind === 'title' ? ((officialTitle ?? anyTitle).entry as { role: Role }).role : 'official';
      if (nonOfficial) {
        const actor = this.newActor(this.surface(from, to), null, 'non_official', 'person', from, to);
        return { actor, countries: [], joint: false, narrated: false };
      }
      const actor = this.titledActor(role, titleCountry, from, to, inWin);
      return { actor, countries: [titleCountry], joint: false, narrated: role === 'institution' };
    }
    // "The Secretary", "الوزير": an office named bare refers to the last person named in it.
    if (officialTitle && !titleCountry && officialTitle.entry.kind === 'title' && !nonOfficial) {
      const holder = this.byRole.get(officialTitle.entry.role);
      if (holder?.country) return { actor: holder, countries: [holder.country], joint: false, narrated: false };
    }
    if (subjects.length === 1 && !nonOfficial) {
      const actor = this.countryActor(subjects[0]!, [this.spanOf(from, to)]);
      return { actor, countries: [subjects[0]!], joint: false, narrated: true };
    }
    const local = this.localName(from, to);
    if (local) return { actor: local, countries: local.country ? [local.country] : [], joint: false, narrated: false };
    if (nonOfficial) {
      // "Presidential candidate Hamdeen Sabahi said", "قال المحلل": someone without office speaks, for no state.
      const actor = this.newActor(this.surface(from, to), null, 'non_official', 'person', from, to);
      return { actor, countries: [], joint: false, narrated: false };
    }
    return undefined;
  }

  /** Countries standing as the subject: names, capitals, metonyms not after a preposition; adjectives after a joint noun or institution. */
  private subjectCountries(inWin: Mention[], from: number): string[] {
    const out: string[] = [];
    const free = new Set(this.withoutPrepositional(inWin.filter((m) => m.entry.kind === 'country')));
    for (const m of inWin) {
      if (m.entry.kind !== 'country') continue;
      if (!free.has(m) || this.isPossessed(m)) continue;
      if (m.entry.form === 'adjective') {
        // "الجانب الروسي", "شركاؤنا الأمريكيون": an adjective after an institution or a word for people; not "الموقف الروسي".
        const prev = inWin.find((p) => p.end === m.start && (p.entry.kind === 'joint' || (p.entry.kind === 'agentNoun' && PEOPLE_NOUN.test(this.tokens[p.start]!.text)) || (p.entry.kind === 'title' && p.entry.role === 'institution')));
        const coordinated = out.length > 0 && /^و/.test(this.tokens[m.start]!.text);
        if (!prev && !coordinated && !(this.language === 'en' && m.start === from)) continue;
        if (this.language === 'en' && !prev && inWin.some((p) => p.entry.kind === 'title' && p.start === m.end)) continue;
      }
      if (!out.includes(m.entry.country)) out.push(m.entry.country);
    }
    return out;
  }

  /** Countries not governed by a preposition; a conjunct ("في سوريا وليبيا واليمن") shares its first member's preposition. */
  private withoutPrepositional(countries: Mention[]): Mention[] {
    const out: Mention[] = [];
    let previous: Mention | undefined;
    let previousGoverned = false;
    for (const m of countries) {
      let governed = this.afterPreposition(m);
      if (!governed && previous && previousGoverned && this.joinedByAnd(previous, m)) governed = true;
      if (!governed) out.push(m);
      previous = m;
      previousGoverned = governed;
    }
    return out;
  }

  private joinedByAnd(a: Mention, b: Mention): boolean {
    const between = this.tokens.slice(a.end, b.start).map((t) => t.text);
    if (between.length === 0) return b.clitic.startsWith('و') || this.gap(a.end - 1, b.start).includes(',');
    if (between.length === 1 && (between[0] === 'and' || between[0] === 'و' || between[0] === 'or')) return true;
    // "الولايات المتحدة وحليفتها السعودية", "the United States and its ally Saudi Arabia"
    return (between.length === 1 && /^وحليف|^وحلفاء/.test(between[0]!)) || (between.length === 3 && between[0] === 'and' && /^(its|their)$/.test(between[1]!) && /^all(y|ies)$/.test(between[2]!));
  }

  afterPreposition(m: Mention): boolean {
    if (prepositionClitic(m.clitic)) return true;
    const prev = this.tokens[m.start - 1];
    if (!prev) return false;
    if (!this.lexicon.prepositions[this.language].has(prev.text) || this.breakBetween(m.start - 1, m.start)) return false;
    // "ministers from Saudi Arabia", "Minister of Foreign Affairs of Singapore": the office's state, not a complement.
    if (OF_WORDS.has(prev.text) || prev.text === 'from') return !this.titleEndsAt(m.start - 1);
    return true;
  }

  private titleEndsAt(end: number): boolean {
    return this.sentenceOf(end)?.mentions.some((t) => t.entry.kind === 'title' && t.end === end) ?? false;
  }

  // Binary search: called per mention, so a scan would make long texts quadratic.
  private sentenceOf(token: number): ParsedSentence | undefined {
    const list = this.sentences;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (token < s.tokenStart) hi = mid - 1;
      else if (token >= s.tokenEnd) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  // "Russia's foreign minister": the country is the title's owner, not a subject of its own.
  private isPossessed(m: Mention): boolean {
    if (this.language !== 'en') return false;
    const next = this.tokens[m.end];
    return next?.text === 's' && this.normText[this.tokens[m.end - 1]!.end] === "'";
  }

  /** The country an office belongs to: an adjective, name or "of COUNTRY" next to the title. */
  private titleCountry(inWin: Mention[], title: Mention, from: number): string | undefined {
    const countries = inWin.filter((m) => m.entry.kind === 'country');
    // Before the title (English "the Saudi foreign minister", "Russia's foreign minister").
    for (const m of countries) {
      if (m.end <= title.start && title.start - m.end <= 2 && m.start >= from) return (m.entry as { country: string }).country;
    }
    for (const m of countries) {
      if (m.start < title.end) continue;
      const prev = this.tokens[m.start - 1]!;
      if (prepositionClitic(m.clitic) && !(m.clitic.startsWith('ل') && this.language === 'ar' && m.start === title.end)) continue;
      if (m.start > title.end && this.lexicon.prepositions[this.language].has(prev.text) && !OF_WORDS.has(prev.text)) break;
      // "a diplomat following events in Syria": a generic office takes its country only when it is adjacent.
      const generic = title.entry.kind === 'title' && (title.entry.role === 'official' || title.entry.role === 'institution');
      if (generic && m.start > title.end + (this.language === 'en' ? 2 : 0)) break;
      return (m.entry as { country: string }).country;
    }
    return undefined;
  }

  private pickPerson(persons: Mention[]): Mention | undefined {
    const full = persons.filter((m) => m.entry.kind === 'person' && !m.entry.short);
    const pool = full.length > 0 ? full : persons;
    if (this.year === undefined) {
      // No date: the most recent office is the likeliest reading (Aboul Gheit heads the Arab League now).
      const latest = (m: Mention) => (m.entry.kind === 'person' ? (m.entry.person.to ?? 9999) : 0);
      return [...pool].sort((a, b) => latest(b) - latest(a))[0];
    }
    return pool.find((m) => m.entry.kind === 'person' && this.inOffice(m.entry.person)) ?? pool[0];
  }

  private inOffice(p: Person): boolean {
    if (this.year === undefined) return p.to == null || p.to >= 2009;
    return (p.from == null || p.from <= this.year) && (p.to == null || p.to >= this.year);
  }

  private group(countries: string[], mentions: Mention[]): Resolved {
    if (countries.length >= 3) this.lastGroup = countries;
    const key = `group:${[...countries].sort().join('+')}`;
    let actor = this.byKey.get(key);
    if (!actor) {
      const names = countries.map((c) => this.countryName(c));
      actor = this.register(key, { name: names.join(this.language === 'ar' ? ' و' : ' and '), country: null, role: 'state', kind: 'group' });
    }
    for (const m of mentions) actor.mentions.push(this.spanOf(m.start, m.end));
    return { actor, countries, joint: true, narrated: false };
  }

  jointCountries(speaker: Speaker | null | undefined): string[] {
    // "the committee", "الدول الضامنة": the last group of three or more named together.
    if (this.lastGroup && this.lastGroup.length >= 3) return this.lastGroup;
    if (speaker?.joint && speaker.countries.length >= 2) return speaker.countries;
    const own = speaker?.countries.length === 1 ? speaker.countries[0] : undefined;
    if (own) {
      const other = this.parties.find((c) => c !== own);
      return other ? [own, other] : [own];
    }
    return this.parties.slice(0, 2);
  }

  jointSpeaker(speaker: Speaker | null): Speaker | null {
    const countries = this.jointCountries(speaker);
    if (countries.length < 2) return speaker;
    return toSpeaker(this.group(countries, []), 'named');
  }

  otherParty(current: Speaker): Speaker | null {
    const own = current.countries[0];
    const other = this.parties.find((c) => c !== own);
    if (!other) return null;
    return { actor: this.countryActor(other, []), countries: [other], joint: false, how: 'continued' };
  }

  /** "Q:" / "A:" at the start of a transcript line. */
  transcriptTurn(sentence: ParsedSentence): 'question' | 'answer' | undefined {
    const first = this.tokens[sentence.tokenStart];
    if (!first || sentence.tokenEnd === sentence.tokenStart) return undefined;
    // "Q:", "ANSWER Singapore is ...", "REPLY 1 The question ...": a marker with a colon, or in capitals.
    const surface = this.original.slice(this.map[first.start]!, this.map[first.end]!);
    const capitals = surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase();
    if (this.normText.slice(first.end, first.end + 2).trim()[0] !== ':' && !capitals) return undefined;
    const speech = this.lexicon.data.speech[this.language];
    if (speech.question.includes(first.text)) return 'question';
    if (speech.answer.includes(first.text)) return 'answer';
    return undefined;
  }

  /** Who answers in a transcript: the first official named in the text. */
  answerSpeaker(): Speaker | null {
    const person = this.actors.find((a) => a.kind === 'person' && a.country);
    const country = person?.country ?? this.parties[0];
    if (!country) return null;
    return { actor: person ?? this.countryActor(country, []), countries: [country], joint: false, how: 'named' };
  }

  /** "الجبير : تطابق الآراء..." / "Russia: ..." - a short head before a colon names the speaker. */
  headlineSpeaker(sentence: ParsedSentence): { at: number; speaker: Speaker } | undefined {
    const first = sentence.clauses[0];
    if (!first || sentence.clauses.length < 2) return undefined;
    if (this.normText[first.end] !== ' ' && this.normText[first.end] !== ':') {
      if (this.normText.slice(first.end, first.end + 2).trim() !== ':') return undefined;
    }
    if (!this.normText.slice(first.end, first.end + 3).includes(':')) return undefined;
    if (first.tokenEnd - first.tokenStart > 5 || first.tokenEnd === first.tokenStart) return undefined;
    if (sentence.mentions.some((m) => m.start < first.tokenEnd && isVerb(m))) return undefined;
    const r = this.resolveWindow(sentence, [first.tokenStart, first.tokenEnd]);
    if (!r) return undefined;
    return { at: first.tokenEnd, speaker: toSpeaker(r, r.narrated ? 'narrated' : 'named') };
  }

  /** Who holds what a clause states: the speaker's countries, or a coordinated subject named in it. */
  assignHolders(sentence: ParsedSentence, clause: ParsedClause): void {
    const inClause = sentence.mentions.filter((m) => m.start >= clause.tokenStart && m.end <= clause.tokenEnd);
    const speaker = clause.speaker;
    const subjects = this.coordinated(inClause);
    if (subjects.length >= 2 && (speaker?.countries.length ?? 0) > 0) {
      clause.holders = subjects;
      clause.joint = true;
      return;
    }
    // "أكد الجانبان", "كلا البلدين لديهما", "both sides agreed" - not "حكومتي البلدين" (the two countries' governments).
    const jointWord = inClause.find((m) => (m.entry.kind === 'jointVerb' || (m.entry.kind === 'joint' && this.jointAsSubject(m, inClause))) && !this.afterPreposition(m));
    if (jointWord && speaker && speaker.countries.length > 0) {
      const countries = speaker.joint ? speaker.countries : this.jointCountries(speaker);
      if (countries.length >= 2) {
        clause.holders = countries;
        clause.joint = true;
        return;
      }
    }
    // "Washington was working to get food into Gaza", "Turkey had agreed to observe the ceasefire":
    // a state opening its clause with a verb holds what the clause states (not when told what it should do).
    const subject = this.clauseSubject(clause, inClause);
    if (subject && (speaker || this.language === 'en')) {
      clause.holders = [subject];
      clause.joint = false;
      return;
    }
    clause.holders = speaker ? [...speaker.countries] : [];
    clause.joint = speaker?.joint ?? false;
  }

  private clauseSubject(clause: ParsedClause, inClause: Mention[]): string | undefined {
    let at = clause.tokenStart;
    const skip = this.language === 'en' ? /^(the|that|but|and|while|although|as)$/ : /^(ان|إن|أن|لكن|بينما|كما)$/;
    while (at < clause.tokenEnd && skip.test(this.tokens[at]!.text)) at++;
    const m = inClause.find((x) => x.start === at && x.entry.kind === 'country' && x.entry.form !== 'adjective');
    if (!m || m.entry.kind !== 'country' || prepositionClitic(m.clitic)) return undefined;
    const next = this.tokens[m.end]?.text ?? '';
    const after = this.tokens[m.end + 1]?.text ?? '';
    if (OBLIGATION.test(next) || OBLIGATION.test(after)) return undefined;
    const verb = this.language === 'en' ? FINITE_EN.test(next) || /(ed|s)$/.test(next) : /^[تيس].{2,}/.test(next) && !this.lexicon.prepositions.ar.has(next);
    return verb ? m.entry.country : undefined;
  }

  // "روسيا ومصر تعملان", "كلا من مصر وروسيا", "Egypt and Russia urge": two or more countries joined by "and".
  private coordinated(inClause: Mention[]): string[] {
    const countries = this.withoutPrepositional(inClause.filter((m) => m.entry.kind === 'country' && m.entry.form !== 'adjective'));
    for (let k = 0; k + 1 < countries.length; k++) {
      const a = countries[k]!;
      const b = countries[k + 1]!;
      const between = this.tokens.slice(a.end, b.start).map((t) => t.text);
      const joined = (this.language === 'ar' && between.length === 0 && b.clitic.startsWith('و')) || (between.length === 1 && (between[0] === 'and' || between[0] === 'و'));
      if (joined && !this.continuesList(a) && this.inSubjectPosition(a, b, inClause)) {
        const out = [(a.entry as { country: string }).country, (b.entry as { country: string }).country];
        return out[0] === out[1] ? [] : out;
      }
    }
    return [];
  }

  private jointAsSubject(m: Mention, inClause: Mention[]): boolean {
    // "urged both sides to", "expressed hope that both sides would", "دعا الجانبين إلى": the parties are addressed, not speaking.
    for (let i = Math.max(0, m.start - 6); i < m.start; i++) if (CALL_WORDS.test(this.tokens[i]!.text)) return false;
    const before = this.tokens[m.start - 1];
    if (!before || m.start <= Math.min(...inClause.map((x) => x.start))) return true;
    if (COMPLEMENTIZERS.has(before.text) || before.text === 'كلا') return true;
    // Right after a verb ("أكد الجانبان"), or right before one ("both sides agreed").
    return inClause.some((x) => (x.end === m.start || x.start === m.end) && (x.entry.kind === 'say' || x.entry.kind === 'jointVerb' || x.entry.kind === 'continue'));
  }

  // "أن روسيا ومصر تعملان", "كلا من مصر وروسيا تحث", "Egypt and Russia urge": a pair heading its clause or
  // complement, or followed by its verb - not one inside a phrase ("بما في ذلك السعودية وتركيا لتشكيل").
  private inSubjectPosition(a: Mention, b: Mention, inClause: Mention[]): boolean {
    const before = this.tokens[a.start - 1]?.text ?? '';
    const clauseStart = Math.min(...inClause.map((m) => m.start));
    if (a.start <= clauseStart || COMPLEMENTIZERS.has(before) || (before === 'من' && this.tokens[a.start - 2]?.text === 'كلا') || before === 'كلا' || before === 'both') return true;
    if (inClause.some((m) => m.start === b.end && (m.entry.kind === 'jointVerb' || m.entry.kind === 'say'))) return true;
    const next = this.tokens[b.end]?.text ?? '';
    // An Arabic dual verb (تعملان, يؤكدان) or an English finite verb (agreed, urges) right after the pair.
    return /^[تي].{2,}ان$/.test(next) || (this.language === 'en' && /(ed|s)$/.test(next));
  }

  // "... to London, Paris, Moscow and Washington": the tail of a comma list is no subject of its own.
  private continuesList(first: Mention): boolean {
    const prev = this.tokens[first.start - 1];
    if (!prev) return false;
    const between = this.normText.slice(prev.end, this.tokens[first.start]!.start);
    if (!/[,،]/.test(between)) return false;
    return this.sentenceOf(first.start - 1)?.mentions.some((m) => m.entry.kind === 'country' && m.end === first.start) ?? false;
  }

  /** Countries of officials named anywhere, in order of first appearance. */
  findParties(): string[] {
    const parties: string[] = [];
    for (const s of this.sentences) {
      for (const m of s.mentions) {
        let country: string | null | undefined;
        if (m.entry.kind === 'person') country = this.inOffice(m.entry.person) && m.entry.person.role !== 'non_official' ? m.entry.person.country : null;
        else if (m.entry.kind === 'title' && m.entry.role !== 'institution') {
          const next = s.mentions.find((n) => n.start >= m.end && n.start <= m.end + 1 && n.entry.kind === 'country' && !prepositionClitic(n.clitic));
          const prev = s.mentions.find((n) => n.end === m.start && n.entry.kind === 'country');
          const c = next ?? (this.language === 'en' ? prev : undefined);
          country = c && c.entry.kind === 'country' ? c.entry.country : undefined;
        }
        if (country && !parties.includes(country)) parties.push(country);
      }
    }
    return parties;
  }

  countryActor(country: string, mentions: Array<{ start: number; end: number }>): Actor {
    const key = `state:${country}`;
    const actor = this.byKey.get(key) ?? this.register(key, { name: this.countryName(country), country, role: 'state', kind: 'state' });
    actor.mentions.push(...mentions);
    return actor;
  }

  private countryName(code: string): string {
    const c = this.lexicon.countries.get(code);
    return c?.[this.language].names[0] ?? c?.en.names[0] ?? code;
  }

  private personActor(p: Person, country: string | null, m: Mention): Actor {
    const name = p.names[this.language]?.[0] ?? p.names.en?.[0] ?? p.names.ar?.[0] ?? '?';
    const key = `person:${name}:${country}`;
    const actor = this.byKey.get(key) ?? this.register(key, { name, country, role: country ? p.role : 'non_official', kind: 'person' });
    if (country) this.byRole.set(p.role, actor);
    actor.mentions.push(this.spanOf(m.start, m.end));
    // Once named in full, the surname alone refers to them ("وليد المعلم" ... "أكد المعلم").
    if (m.end - m.start > 1) this.rememberName(this.tokens[m.end - 1]!, actor);
    return actor;
  }

  private rememberName(tok: Token, actor: Actor): void {
    // A word under a preposition and article ("بالتخلي", "للأمم") is no one's name.
    if (tok.text.length < 3 || NAME_STOPWORDS.has(tok.text) || /^[وف]?(بال|لل|كال)/.test(tok.text)) return;
    for (const key of tok.keys.slice(0, 3)) if (key.length >= 3 && !this.names.has(key)) this.names.set(key, actor);
  }

  private bodyActor(m: Mention): Actor {
    const body = (m.entry as { body: { id: string; ar: string[]; en: string[] } }).body;
    const key = `body:${body.id}`;
    const actor = this.byKey.get(key) ?? this.register(key, { name: body[this.language][0] ?? body.id, country: null, role: 'body', kind: 'body' });
    actor.mentions.push(this.spanOf(m.start, m.end));
    return actor;
  }

  private titledActor(role: Role, country: string, from: number, to: number, inWin: Mention[]): Actor {
    // Name words right after the last known word of the phrase: remember them for later mentions ("تونر", "Toner").
    // The phrase is the title and the words of office or state touching it ("وزير الخارجية السعودي"), not every state in the window.
    const known = inWin.filter((m) => m.entry.kind === 'title' || m.entry.kind === 'country').sort((a, b) => a.start - b.start);
    let lastKnown = known[0]?.end ?? from;
    for (const m of known) if (m.start <= lastKnown) lastKnown = Math.max(lastKnown, m.end);
    const nameTokens: Token[] = [];
    for (let i = lastKnown; i < to && nameTokens.length < 3; i++) {
      const tok = this.tokens[i]!;
      if (NAME_STOPWORDS.has(tok.text) || inWin.some((m) => m.start <= i && i < m.end)) break;
      if (this.language === 'en' && !this.capitalized(tok)) break;
      nameTokens.push(tok);
    }
    const end = nameTokens.length > 0 ? Math.max(lastKnown, to - (to - lastKnown - nameTokens.length)) : lastKnown;
    const surface = this.surface(from, Math.min(to, end));
    const name = nameTokens.length > 0 ? nameTokens.map((tk) => this.original.slice(this.map[tk.start]!, this.map[tk.end]!)).join(' ') : surface;
    const key = nameTokens.length > 0 ? `named:${nameTokens.map((tk) => tk.text).join(' ')}` : `title:${role}:${country}`;
    const actor = this.byKey.get(key) ?? this.register(key, { name, country, role, kind: nameTokens.length > 0 || role !== 'institution' ? 'person' : 'state' });
    actor.mentions.push(this.spanOf(from, Math.min(to, end)));
    const last = nameTokens[nameTokens.length - 1];
    if (last) this.rememberName(last, actor);
    // A name before the title ("علي أحمد جنتي، وزير الثقافة ..."): its last word refers to the same person later.
    const firstTitle = Math.min(...inWin.filter((m) => m.entry.kind === 'title').map((m) => m.start));
    for (let i = firstTitle - 1; i >= from && i >= firstTitle - 3; i--) {
      const tok = this.tokens[i]!;
      if (NAME_STOPWORDS.has(tok.text) || inWin.some((m) => m.start <= i && i < m.end)) continue;
      if (this.language === 'en' && !this.capitalized(tok)) continue;
      this.rememberName(tok, actor);
      break;
    }
    return actor;
  }

  private capitalized(tok: Token): boolean {
    const ch = this.original[this.map[tok.start]!] ?? '';
    return ch !== ch.toLowerCase();
  }

  private localCountries(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      for (const key of this.tokens[i]!.keys) {
        const c = this.names.get(key)?.country;
        if (c && !out.includes(c)) out.push(c);
      }
    }
    return out;
  }

  // The first two subject countries are joined by "and"/"و" (directly, or through a comma list).
  private coordinatedSubjects(inWin: Mention[]): boolean {
    const countries = this.withoutPrepositional(inWin.filter((m) => m.entry.kind === 'country'));
    for (let k = 0; k + 1 < countries.length; k++) {
      const a = countries[k]!;
      const b = countries[k + 1]!;
      if (a.entry.kind === 'country' && b.entry.kind === 'country' && a.entry.country !== b.entry.country) return this.joinedByAnd(a, b) || /[,،]/.test(this.gap(a.end - 1, b.start));
    }
    return false;
  }

  /**
   * Arabic puts the subject right after the verb ("قال وزير الخارجية ...", "أكد أمس لافروف"): a name
   * found deeper in the window belongs to the object or a complement, so the window is empty then.
   */
  anchoredAfter(sentence: ParsedSentence, [from, to]: [number, number]): [number, number] {
    if (this.language !== 'ar' || to <= from) return [from, to];
    const first = sentence.mentions.find((m) => m.start >= from && m.start < to && ANCHOR_KINDS.has(m.entry.kind));
    const local = this.localName(from, Math.min(to, from + 3), false) !== undefined;
    if (local || (first && first.start <= from + 2)) return [from, to];
    return [from, from];
  }

  // Two officials of different states joined by "and"/"و" within a few words ("SM Teo and PM Shtayyeh").
  private officialsJoined(persons: Mention[], from: number, to: number): boolean {
    if (persons.length < 2) return this.hasAnd(from, to) && this.localCountries(from, to).length >= 2 && to - from <= 10;
    const [a, b] = [persons[0]!, persons[persons.length - 1]!];
    if (b.start - a.end > 4) return false;
    if (b.clitic.startsWith('و')) return true;
    for (let i = a.end; i < b.start && i < to; i++) if (/^(and|و)/.test(this.tokens[i]!.text)) return true;
    return false;
  }

  private hasAnd(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.tokens[i]!.text === 'and' || this.tokens[i]!.text === 'و' || /^و/.test(this.tokens[i]!.text)) return true;
    return false;
  }

  private localName(from: number, to: number, record = true): Actor | undefined {
    for (let i = Math.max(0, from); i < to; i++) {
      for (const key of this.tokens[i]!.keys) {
        const actor = this.names.get(key);
        if (actor) {
          if (record) actor.mentions.push(this.spanOf(i, i + 1));
          return actor;
        }
      }
    }
    return undefined;
  }

  newActor(name: string, country: string | null, role: Actor['role'], kind: Actor['kind'], from: number, to: number): Actor {
    const key = `anon:${name}`;
    const actor = this.byKey.get(key) ?? this.register(key, { name, country, role, kind });
    actor.mentions.push(this.spanOf(from, to));
    return actor;
  }

  private register(key: string, a: Omit<Actor, 'id' | 'mentions'>): Actor {
    const actor: Actor = { id: this.actors.length, mentions: [], ...a };
    this.actors.push(actor);
    this.byKey.set(key, actor);
    return actor;
  }

  private spanOf(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens[from]!.start, end: this.tokens[to - 1]!.end };
  }

  private surface(from: number, to: number): string {
    if (to <= from) return '';
    return this.original.slice(this.map[this.tokens[from]!.start]!, this.map[this.tokens[to - 1]!.end]!);
  }
}
