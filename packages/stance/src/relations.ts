import type { CompiledLexicon } from '@accord/lexicon';
import type { Mention } from '@accord/parser';
import { backerOf, backsBlamed, blamedBefore, passiveBacking } from './backers.js';
import { ownedByState, possessiveEnd, targetsOf, type Target } from './targets.js';
import type { ClauseView, PositionHit, RelationHit } from './types.js';

/** Words of backing or blame reach a target this many words after them ("condemned the ... attacks by the Houthis"). */
const REACH = { ar: 7, en: 9 } as const;
const BASE = { cue: 0.7, hostile: 0.65, reference: 0.6, position: 0.7 } as const;
const CUES = new Set(['back', 'blame', 'praise', 'criticism']);
/** A negation this close before a word of backing or blame bears on it ("لا ندعم"), not one further back ("لعدم قيامها بالتنسيق ..."). */
const NEGATION_REACH = 3;

/**
 * Relations: whom the countries holding a clause back (+1) or blame (-1) in it. A target is a
 * country, a person in office (their country), a listed actor (a body with an `actor` id) or a
 * reference ("the occupation" is IL in Palestine). Its polarity comes from the backing or blaming
 * word that governs it ("condemned Israel", "يدعم اليمن"), negation flipping it; from a noun whose
 * doer it is ("Israeli aggression", "تدخل إيران"); or from the reference's own framing.
 *
 * @example
 * clauseRelations(view); // [{ source: 'SA', target: 'IR', issue: 'yemen', polarity: -1, ... }] for "أدان الوزير التدخل الإيراني في اليمن"
 */
export function clauseRelations(view: ClauseView): RelationHit[] {
  const { holders } = view;
  if (holders.length === 0) return [];
  const out: RelationHit[] = [];
  for (const target of targetsOf(view)) {
    if (holders.includes(target.id)) continue;
    const read = polarityOf(view, target);
    if (!read) continue;
    const issues = issuesOf(view, target);
    for (const issue of issues) {
      for (const source of holders)
        out.push({ source, target: target.id, issue, polarity: read.polarity, confidence: confidenceOf(view, read.base), evidence: view.evidence });
    }
  }
  return out;
}

/**
 * Relations a clause's positions imply: backing or opposing a government staying in power
 * (`incumbent_government` ±1) is a relation to that state, and fighting terrorism in a clause
 * that names a group (ISIS, al-Qaeda, Hamas...) is a relation against the group.
 *
 * @example
 * positionRelations(view, hits); // SA incumbent_government +1 on yemen gives SA -> YE +1
 */
export function positionRelations(view: ClauseView, hits: PositionHit[]): RelationHit[] {
  const { lexicon } = view;
  const out: RelationHit[] = [];
  for (const h of hits) {
    const from = (target: string, issue: string, polarity: 1 | -1): RelationHit => ({
      source: h.country,
      target,
      issue,
      polarity,
      confidence: Math.min(h.confidence, BASE.position),
      evidence: h.evidence,
    });
    if (h.code === 'incumbent_government') {
      const states = lexicon.issues.get(h.issue)?.countries ?? [];
      if (states.length === 1 && states[0] !== h.country) out.push(from(states[0]!, h.issue, h.polarity));
    }
    if ((h.code === 'counter_terrorism' || h.code === 'terror_financing') && h.polarity === 1) {
      for (const m of view.inClause) {
        const actor = m.entry.kind === 'body' ? m.entry.body.actor : undefined;
        if (actor && lexicon.data.actors.some((a) => a.id === actor)) out.push(from(actor, 'terrorism', -1));
      }
    }
  }
  return out;
}

interface Read {
  polarity: 1 | -1;
  base: number;
}

function polarityOf(view: ClauseView, target: Target): Read | undefined {
  const cue = governingCue(view, target.mention);
  // "نرفض عدوانية إيران وتدخلها في شؤون دول المنطقة": the doer a pronoun names is blamed, unless backing governs the deed.
  if (target.antecedent) return { polarity: cue ? signed(view, cue) : -1, base: BASE.hostile };
  // "رفضهم لدعم إيران للإرهاب", "عاداً المأساة مردها إلى دعم طهران لنظام الأسد": another state's backing is blamed
  // when it is rejected or backs what is blamed, and the backed thing is not the holders' to back.
  const backer = cue && backing(cue) ? backerOf(view, cue) : undefined;
  // "تقدير موسكو للدور المصري" said for Moscow: the holders' own backing.
  if (backer && !view.holders.includes((backer.entry as { country: string }).country))
    return backer === target.mention && (signed(view, cue!) === -1 || backsBlamed(view, backer)) ? { polarity: -1, base: BASE.cue } : undefined;
  if (cue) {
    // "accused of supporting the Muslim Brotherhood", "اتهامها بدعم الحوثيين": a charge reported, not the holders' backing.
    if (backing(cue) && wordBetween(view, 'accusation', Math.max(view.clause.tokenStart, cue.start - 3), cue.start)) return undefined;
    // "supports Israel's right to self-defence against Hamas", "المقاومة بوجه العدو": backing against a target opposes it.
    if (backing(cue) && wordBetween(view, 'against', cue.end, target.mention.start)) return { polarity: -1, base: BASE.cue };
    // "forces, backed by Egypt, ...": backing told in the passive blames the backer only of what is blamed ("militias supported by Iran").
    if (passiveBacking(view, cue) && !blamedBefore(view, cue.start)) return undefined;
    const polarity = signed(view, cue);
    // "لعدم قيامها بالتنسيق مع سوريا": backing denied is no blame of the partner.
    if (polarity === -1 && (target.partner || backing(cue))) return undefined;
    return { polarity, base: BASE.cue };
  }
  if (target.partner) return undefined;
  // "extremist and terrorist groups such as the Houthis", "Houthi terrorist militias": called terrorist.
  if (isActor(view.lexicon, target.id) && terrorWordNear(view, target.mention)) return { polarity: -1, base: BASE.hostile };
  const hostile = hostileNoun(view, target);
  if (hostile) {
    // "يدعم التدخل الروسي": backing a state's action is backing the state.
    const over = governingCue(view, hostile);
    return { polarity: over ? signed(view, over) : -1, base: BASE.hostile };
  }
  // A framing word is the speaker's own only in what the speaker states, not in what a narrator tells of it.
  const how = view.clause.speaker?.how;
  if (target.reference && (how === 'named' || how === 'given' || how === 'continued') && !ownedByState(view, target.mention))
    return { polarity: target.reference.polarity, base: BASE.reference };
  // A group every state condemns, named by one, is blamed ("the victories against Da'esh").
  if (view.lexicon.data.actors.find((a) => a.id === target.id)?.named === -1) return { polarity: -1, base: BASE.reference };
  return undefined;
}

function isActor(lexicon: CompiledLexicon, id: string): boolean {
  return lexicon.data.actors.some((a) => a.id === id);
}

function terrorWordNear(view: ClauseView, m: Mention): boolean {
  // "terrorist groups such as the Houthis, Da'esh, Al-Qaida and Hizbullah": the label before a list covers each member.
  // A list may run over several clauses: its head and label are looked for in the sentence.
  const head = listHead(view, m);
  return view.sentence.mentions.some(
    (x) =>
      x.entry.kind === 'issue' &&
      x.entry.issue === 'terrorism' &&
      (x.start >= m.end ? x.start - m.end <= 3 && x.end <= view.clause.tokenEnd : head.start - x.end <= 5),
  );
}

/** The first member of the list of bodies a mention ends ("A, B and C"): members joined by commas or "and". */
function listHead({ article, sentence }: ClauseView, m: Mention): Mention {
  let head = m;
  for (;;) {
    const prev = sentence.mentions.filter((x) => x.entry.kind === 'body' && x.end <= head.start && head.start - x.end <= 2).pop();
    if (!prev) return head;
    const between = article.tokens
      .slice(prev.end, head.start)
      .map((t) => t.text)
      .filter((w) => w !== 'the');
    const comma = /[,،]/.test(article.norm.text.slice(article.tokens[prev.end - 1]!.end, article.tokens[head.start]!.start));
    const joined = between.length === 0 ? comma || head.clitic.conjunction === 'و' : between.length === 1 && /^(and|or|و)$/.test(between[0]!);
    if (!joined) return head;
    head = prev;
  }
}

/** The backing or blaming word whose object the mention is: before it within reach, or a blaming predicate right after it ("Assad must go"). */
function governingCue(view: ClauseView, m: Mention): Mention | undefined {
  const { article, sentence, clause } = view;
  const reach = REACH[article.language];
  let before: Mention | undefined;
  let after: Mention | undefined;
  for (const c of sentence.mentions) {
    if (c.start < clause.tokenStart || c.end > clause.tokenEnd) continue;
    // "Assad must go", "فقد شرعيته": a blaming predicate right after its target; "Israel's right to
    // self-defence", "Iran's destabilising activities": a word of praise or blame on what the target owns.
    if (c.entry.kind === 'blameAfter' && c.start >= m.end && c.start - m.end <= 2 && !after) after = c;
    if (CUES.has(c.entry.kind) && c.start === possessiveEnd(article, m) && c.start > m.end && !after) after = c;
    if (!CUES.has(c.entry.kind)) continue;
    // "pushed back Al-Qaida": a cue inside a longer one ("back" in "pushed back") is the longer one's word.
    if (sentence.mentions.some((x) => x !== c && CUES.has(x.entry.kind) && x.start <= c.start && c.end <= x.end && x.end - x.start > c.end - c.start)) continue;
    // The nearest word before the target (or one whose pattern holds it: "call on _ to stop", "لا مكان ل_");
    // not a backing word whose doer the target is ("militias supported by the Iranian regime").
    if (
      c.start <= m.start &&
      (m.end <= c.end || m.start - c.end <= reach) &&
      (!before || c.start > before.start) &&
      !(backing(c) && (agentAfter(view, c.end, m.start) || positionBetween(view, c.end, m.start))) &&
      // "supported the French intervention that pushed back Al-Qaida": a relative clause is not the word's object;
      // "our allies have reached an agreement on Syria": a word for a partner holds only the name beside it.
      !(article.language === 'en' && (wordBetween(view, 'relatives', c.end, m.start) || wordBetween(view, 'complementizers', c.end + 1, m.start))) &&
      !(m.start - c.end > 1 && wordBetween(view, 'allies', c.end - 1, c.end))
    )
      before = c;
  }
  return before ?? after;
}

/** "support for a negotiated two-state solution with Israel and Palestine": what is backed is the position named first, not the states after it. */
function positionBetween({ sentence }: ClauseView, from: number, to: number): boolean {
  return sentence.mentions.some((x) => x.entry.kind === 'cue' && x.start >= from && x.end <= to);
}

function backing(c: Mention): boolean {
  return c.entry.kind === 'back' || c.entry.kind === 'praise';
}

/** Whether the words from a backing word to a name say the name does the backing: "by", "من قبل", "من". */
function agentAfter(view: ClauseView, from: number, to: number): boolean {
  return wordBetween(view, 'agentMarkers', from, to);
}

function wordBetween(
  { article, lexicon }: ClauseView,
  list: 'agentMarkers' | 'against' | 'relatives' | 'complementizers' | 'accusation' | 'allies',
  from: number,
  to: number,
): boolean {
  const words = lexicon.grammar[article.language][list];
  for (let i = from; i < to; i++) if (words.has(article.tokens[i]!.text) || article.tokens[i]!.keys.some((k) => words.has(k))) return true;
  return false;
}

function signed({ sentence, clause }: ClauseView, cue: Mention): 1 | -1 {
  const positive = backing(cue);
  let negated = false;
  for (const m of sentence.mentions) {
    if (m.entry.kind === 'negation' && m.end <= cue.start && cue.start - m.end < NEGATION_REACH && m.start >= clause.tokenStart) negated = !negated;
  }
  return positive !== negated ? 1 : -1;
}

/** A hostile noun whose doer the target is: "Israeli aggression", "Iran's interference", "attacks by the Houthis", "العدوان الإسرائيلي", "تدخل إيران". */
function hostileNoun({ article, inClause }: ClauseView, target: Target): Mention | undefined {
  const t = target.mention;
  const tokens = article.tokens;
  for (const h of inClause) {
    if (h.entry.kind !== 'hostile') continue;
    if (article.language === 'en') {
      const end = possessiveEnd(article, t) > 0 ? t.end + 1 : t.end;
      if (h.start === end || (h.start === end + 1 && /^(military|armed|security|continued|ongoing|recent|brutal|illegal|repeated)$/.test(tokens[end]!.text)))
        return h;
      // "attacks by the Houthis", "crimes of the regime"; but "the occupation of Palestine" names its victim.
      const between = tokens.slice(h.end, t.start).map((x) => x.text);
      // "crimes perpetrated by", "attacks carried out by": a participle may stand between the noun and "by".
      while (between.length > 0 && /(ed|en|out)$/.test(between[0]!) && between[0] !== 'by') between.shift();
      const of = between[0] === 'by' || (between[0] === 'of' && t.entry.kind !== 'country');
      if (t.start > h.end && between.length <= 2 && of && between.slice(1).every((w) => w === 'the')) return h;
    } else if (t.start === h.end) {
      return h;
    }
  }
  return undefined;
}

/** The clause's own issues; else the target's (an actor's issue, Syria for SY, the reference's); else the sentence's, else (in news) its topic. */
function issuesOf({ lexicon, sentence, clause, clauseIssues, inClause, topic }: ClauseView, target: Target): string[] {
  const own = issueOfTarget(lexicon, target);
  if (own === 'terrorism') return ['terrorism'];
  const terror = inClause.some((m) => m.entry.kind === 'issue' && m.entry.issue === 'terrorism');
  const named = clauseIssues.filter((i) => i !== 'terrorism');
  if (named.length > 0) return terror && own ? [...new Set([...named, 'terrorism'])] : named;
  if (own) return terror ? [own, 'terrorism'] : [own];
  if (terror) return ['terrorism'];
  if (sentence.issues.length > 0) return sentence.issues.filter((i) => i !== 'terrorism');
  // News goes on about one matter ("في هذا الشأن"); a speech moves from one to the next, and a topic
  // carried there would put a word on the Cuba embargo under Palestine.
  return clause.speaker?.how === 'given' ? [] : topic.filter((i) => i !== 'terrorism');
}

function issueOfTarget(lexicon: CompiledLexicon, target: Target): string | undefined {
  if (target.reference?.issue) return target.reference.issue;
  const actor = lexicon.data.actors.find((a) => a.id === target.id);
  if (actor) return actor.issue;
  return lexicon.issueOfCountry.get(target.id);
}

function confidenceOf({ clause, joint }: ClauseView, base: number): number {
  let c = base;
  const how = clause.speaker?.how;
  if (how === 'named' || how === 'given') c += 0.1;
  else if (how === 'continued' || how === 'narrated') c -= 0.05;
  if (joint) c += 0.05;
  return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100;
}
