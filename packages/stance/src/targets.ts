import type { Reference } from '@accord/lexicon';
import { holdsOffice, type Mention } from '@accord/parser';
import type { ClauseView } from './types.js';

// People who stand for their state when backed or blamed ("condemned Assad") while in office; an envoy or a minister thanked for chairing does not.
const LEADERS = new Set(['head_of_state', 'head_of_government', 'foreign_minister']);

/** Someone or something a clause's holders may back or blame. */
export interface Target {
  id: string;
  mention: Mention;
  /** After a preposition of company ("with Saudi Arabia", "مع مصر"): a target of backing only. */
  partner?: boolean;
  /** The speaker's own framing ("the occupying Power", "الانقلابيين") and the issue it holds in. */
  reference?: Reference;
  /** A hostile noun whose pronoun suffix names the doer ("وتدخلها في اليمن" after Iran): the state it refers back to. */
  antecedent?: boolean;
}

/**
 * The countries, officials, actors and references a clause names, each once per mention. A
 * nationality adjective is a target only as the doer of a noun ("Turkish intervention", "الدور
 * المصري"), not in "the Syrian people"; a state after a preposition of place or company ("in Syria",
 * "مع السعودية") is a place or a partner, a target only of backing ("solidarity with").
 */
export function targetsOf(view: ClauseView): Target[] {
  const { sentence, inClause, topic, clauseIssues } = view;
  const out: Target[] = [];
  const about = new Set([...clauseIssues, ...sentence.issues, ...topic]);
  for (const m of inClause) {
    const e = m.entry;
    if (e.kind === 'country') {
      // "commitment to Israel's security": a name a backing or blaming pattern holds is its object, not a place.
      const held = inClause.some((x) => (x.entry.kind === 'back' || x.entry.kind === 'blame') && x.start < m.start && m.end <= x.end);
      const place = held ? undefined : placeOrPartner(view, m);
      if (place === 'place' || (e.form === 'adjective' && (!actsAsDoer(view, m) || backsSomething(view, m)))) continue;
      out.push({ id: e.country, mention: m, ...(place === 'partner' ? { partner: true } : {}) });
    } else if (e.kind === 'person' && e.person.country && LEADERS.has(e.person.role) && holdsOffice(e.person, view.article.year))
      out.push({ id: e.person.country, mention: m });
    else if (e.kind === 'body' && e.body.actor) out.push({ id: e.body.actor, mention: m });
    else if (e.kind === 'reference' && (e.reference.issue === undefined || about.has(e.reference.issue)))
      out.push({ id: e.reference.target, mention: m, reference: e.reference });
    else if (
      e.kind === 'hostile' &&
      view.article.language === 'ar' &&
      (m.suffixed || /(ها|هم)$/.test(view.article.tokens[m.end - 1]!.text)) &&
      !inClause.some((x) => x.entry.kind === 'issue' && x.start === m.start)
    ) {
      const state = antecedentOf(view, m);
      if (state) out.push({ id: state, mention: m, antecedent: true });
    }
  }
  // A reference and a name on the same words ("سلطات الاحتلال" is both an Israeli metonym and a reference): keep the reference.
  return out.filter(
    (t) => t.reference || !out.some((r) => r.reference && r.id === t.id && r.mention.start <= t.mention.start && t.mention.end <= r.mention.end),
  );
}

function placeOrPartner({ article, lexicon, inClause }: ClauseView, m: Mention): 'place' | 'partner' | undefined {
  const grammar = lexicon.grammar[article.language];
  if (m.clitic.preposition === 'ب' || m.clitic.preposition === 'ك') return 'place';
  // "وداخل اليمن", "ومع مصر": the preposition may carry a conjunction.
  const prev = article.tokens[m.start - 1];
  const forms = prev ? [prev.text, ...prev.keys] : [];
  // "our support for Israel": a word of backing right before "for" makes the state its object, not a topic ("a solution for Syria").
  const backed = forms.some((w) => grammar.backedAfter.has(w)) && inClause.some((x) => x.entry.kind === 'back' && x.end === m.start - 1);
  if (forms.some((w) => grammar.notTargets.has(w))) return backed ? undefined : 'place';
  if (!forms.some((w) => grammar.placeOrPartner.has(w))) return undefined;
  return forms.some((w) => grammar.company.has(w)) ? 'partner' : 'place';
}

/** Whether an adjective names the doer of the noun beside it: after it in Arabic ("التدخل التركي"), before it in English. */
function actsAsDoer({ article, agentNouns, inClause }: ClauseView, m: Mention): boolean {
  const noun = (i: number) => article.tokens[i]?.keys.some((k) => agentNouns.has(k)) ?? false;
  const hostile = (i: number) => inClause.some((h) => h.entry.kind === 'hostile' && (article.language === 'en' ? h.start === i : h.end === i + 1));
  return article.language === 'en'
    ? noun(m.end) || noun(m.end + 1) || hostile(m.end) || hostile(m.end + 1)
    : noun(m.start - 1) || noun(m.start - 2) || hostile(m.start - 1) || hostile(m.start - 2);
}

/** "دعم أمريكي", "American support", "US-backed": the adjective of a backing word is the backer, not its target. */
function backsSomething({ article, inClause }: ClauseView, m: Mention): boolean {
  return inClause.some((x) => x.entry.kind === 'back' && (article.language === 'en' ? x.start === m.end : x.end === m.start));
}

/** The token after an English possessive ("Iran's": "iran", "s"), or -1 when the mention is no possessive. */
export function possessiveEnd(article: ClauseView['article'], m: Mention): number {
  return article.language === 'en' && article.tokens[m.end]?.text === 's' ? m.end + 1 : -1;
}

/** "Russian occupation", "الاحتلال التركي": a framing word with a state of its own is that state's, not the reference's. */
export function ownedByState({ article, inClause }: ClauseView, m: Mention): boolean {
  return inClause.some((x) => x.entry.kind === 'country' && (article.language === 'en' ? x.end === m.start : x.start === m.end));
}

/** The state a pronoun suffix refers back to: the last one named before it as no place or partner, in its sentence or the one before. */
function antecedentOf(view: ClauseView, m: Mention): string | undefined {
  const { article, sentence, holders } = view;
  const at = sentenceIndex(article, sentence);
  for (const s of at > 0 ? [sentence, article.sentences[at - 1]!] : [sentence]) {
    const named = s.mentions.filter(
      (x) =>
        x.entry.kind === 'country' && x.entry.form !== 'adjective' && x.end <= m.start && x.clitic.preposition === '' && placeOrPartner(view, x) === undefined,
    );
    const last = named[named.length - 1];
    if (last) return last.entry.kind === 'country' && !holders.includes(last.entry.country) ? last.entry.country : undefined;
  }
  return undefined;
}

const indices = new WeakMap<ClauseView['article'], Map<ClauseView['sentence'], number>>();

/** A sentence's place in its article, from a map built once per article (indexOf per hostile noun was quadratic). */
function sentenceIndex(article: ClauseView['article'], sentence: ClauseView['sentence']): number {
  let map = indices.get(article);
  if (!map) indices.set(article, (map = new Map(article.sentences.map((s, i) => [s, i]))));
  return map.get(sentence) ?? -1;
}
