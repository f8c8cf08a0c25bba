/**
 * A crude stand-in for ONTOLOGY v2 relations, read straight from UN speech paragraphs, to see how
 * much a measure built on "who backs and who blames whom" could gain before the engine emits them.
 * Not an extractor: word windows around the names of states and listed actors, nothing more.
 * - blame (-1): the name right before a charge ("Israeli occupation", "the Syrian regime", "Israel
 *   continues its aggression"), after a condemning verb ("we condemn Israel"), or after "by" and a charge;
 * - backing (+1): after a word of support ("solidarity with the Palestinian people", "we thank
 *   Jordan"), before a word of credit ("Kuwait's mediation"), or as the victim of a charge
 *   ("aggression against Syria", "occupied Palestinian territory", "the Yemeni people under siege").
 * Pair agreement is the cosine of the two countries' relation vectors, each country backing itself.
 */
import { defaultLexicon, expandPhrase } from '@accord/lexicon';
import { pairwiseCosine } from './cosine.js';
import type { Speech } from './corpus-reader.js';
import { issueMatcher, paragraphs } from './tfidf.js';

const CHARGES =
  /^(aggress|occupation|occupying|occupier|regime|crime|atrocit|violat|illegal|blockade|terror|brutal|massacre|kill|attack|bombard|bombing|invasion|invad|interference|meddl|destabili|annex|apartheid|siege|settler|settlement|expansion|militia|coup|usurp|oppress|repress|persecut|hegemon|provocat|barbar|genocid|chemical|cruel)/;
const CONDEMN = /^(condemn|denounc|accus|blam|reject|deplor|censur)/;
const VICTIM_ADJ = /^(occupied|besieged|blockaded|beleaguered|martyred|wounded|suffering|bleeding)$/;
const VICTIM_PREP = new Set(['against', 'on', 'upon', 'toward', 'towards', 'to', 'into', 'over']);
const VICTIM_NOUN =
  /^(people|peoples|refugees|civilians|children|women|territor|land|lands|golan|population|brothers|brethren|victims|prisoners|detainees|cities|towns|villages|state|citizens|nationals)/;
const SUPPORT =
  /^(support|solidarity|welcom|commend|thank|appreciat|prais|salut|brotherly|sisterly|friendly|friend|hail|congratulat|back(ed|ing|s)?$|stand$|legitima|recogni)/;
const CREDIT = /^(effort|initiative|mediation|role|leadership|contribution|generosity|hosting|commitment|wisdom|support)/;
const FILLER = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  's',
  'continued',
  'continuing',
  'continues',
  'ongoing',
  'so-called',
  'and',
  'has',
  'have',
  'is',
  'are',
  'persists',
  'persist',
]);

interface Target {
  id: string;
  forms: string[][];
}
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, ' s')
    .match(/[\p{L}\p{N}-]+/gu) ?? [];

/** State names, adjectives and metonyms (capitals are mostly places in speeches) and the listed actors' names. */
function targets(): Map<string, Target[]> {
  const lexicon = defaultLexicon();
  const all: Target[] = [
    ...[...lexicon.countries.values()].map((c) => ({
      id: c.code,
      forms: [...c.en.names, ...c.en.adjectives, ...c.en.metonyms].flatMap(expandPhrase).map(words),
    })),
    ...lexicon.data.bodies.filter((b) => b.actor).map((b) => ({ id: b.actor!, forms: b.en.flatMap(expandPhrase).map(words) })),
  ];
  const byFirst = new Map<string, Target[]>();
  for (const t of all) for (const f of t.forms) if (f.length > 0) (byFirst.get(f[0]!) ?? byFirst.set(f[0]!, []).get(f[0]!)!).push({ id: t.id, forms: [f] });
  for (const list of byFirst.values()) list.sort((x, y) => y.forms[0]!.length - x.forms[0]!.length);
  return byFirst;
}

/** The sign each mention of a target gets in one sentence's words. */
function mentionSigns(w: string[], index: Map<string, Target[]>): Array<{ target: string; sign: number }> {
  const out: Array<{ target: string; sign: number }> = [];
  for (let i = 0; i < w.length; i++) {
    const hit = (index.get(w[i]!) ?? []).find((t) => t.forms[0]!.every((x, k) => w[i + k] === x));
    if (!hit) continue;
    const end = i + hit.forms[0]!.length;
    let sign = 0;
    // After the name: a charge the name is the doer of, unless a victim noun comes first ("Palestinian people under occupation").
    const after = w.slice(end, end + 4).filter((x) => !FILLER.has(x));
    if (after[0] && VICTIM_NOUN.test(after[0])) {
      if (w.slice(Math.max(0, i - 5), i).some((x) => CHARGES.test(x)) || after.slice(1).some((x) => CHARGES.test(x))) sign += 1;
    } else if (after.slice(0, 2).some((x) => CHARGES.test(x))) sign -= 1;
    if (after[0] && CREDIT.test(after[0])) sign += 1;
    // Before the name: condemning verbs, charges with the name as victim or (after "by") as doer, support words.
    const before = w.slice(Math.max(0, i - 5), i);
    const last = before.filter((x) => !FILLER.has(x)).at(-1);
    if (last && VICTIM_ADJ.test(last)) sign += 1;
    else if (before.some((x) => CONDEMN.test(x))) sign -= 1;
    else if (before.some((x) => CHARGES.test(x))) {
      const lastCharge = before.findLastIndex((x) => CHARGES.test(x));
      const between = before.slice(lastCharge + 1);
      // "attacks by Israel", "the regime in Iran": the name is the doer.
      if (between.includes('by') || (/^regime/.test(before[lastCharge]!) && between.some((x) => x === 'in' || x === 'of'))) sign -= 1;
      else if (between.some((x) => VICTIM_PREP.has(x))) sign += 1;
    } else if (before.some((x) => SUPPORT.test(x))) sign += 1;
    if (sign !== 0) out.push({ target: hit.id, sign: Math.sign(sign) });
    i = end - 1;
  }
  return out;
}

/**
 * Each speaker's relations on the issue over the speeches given: target -> mean sign, shrunk
 * toward 0 by one unseen mention (sum / (mentions + 1)).
 */
export function speechRelations({ speeches, issue }: { speeches: Speech[]; issue: string }): Map<string, Map<string, number>> {
  const matcher = issueMatcher(issue),
    index = targets();
  const sums = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const s of speeches) {
    for (const paragraph of paragraphs(s.text)) {
      if (!matcher.test(paragraph)) continue;
      for (const sentence of paragraph.split(/(?<=[.;!?])\s+/)) {
        for (const { target, sign } of mentionSigns(words(sentence), index)) {
          if (target === s.country) continue;
          const mine = sums.get(s.country) ?? sums.set(s.country, new Map()).get(s.country)!;
          const e = mine.get(target) ?? mine.set(target, { sum: 0, n: 0 }).get(target)!;
          e.sum += sign;
          e.n++;
        }
      }
    }
  }
  return new Map([...sums].map(([c, m]) => [c, new Map([...m].map(([t, e]) => [t, e.sum / (e.n + 1)]))]));
}

/** Cosine of relation vectors, each country backing itself (+1), so a direct relation counts as well as shared targets. */
export function relationAgreement(relations: Map<string, Map<string, number>>): Map<string, number> {
  return pairwiseCosine(new Map([...relations].map(([country, m]) => [country, new Map(m).set(country, 1)])));
}
