import type { Mention, Speaker } from './types.js';
import type { Resolved } from './state.js';

// Word lists and small helpers shared by the attribution steps. The lexicon holds the language's
// vocabulary; these are the few grammatical words the algorithm itself relies on.
// Words that address others (a call, a hope): what follows them is asked of someone, not said by them.
export const CALL_WORDS = /^(urge[sd]?|urging|call(s|ed)?|hope[sd]?|wish|appeal(s|ed)?|دعا|دعت|يدعو|تدعو|داعيا|حث|حثت|يحث|تحث|طالب|طالبت|يطالب|ناشد|ناشدت|أمل|امل|أمله|امله|املها|أملها|تأمل|يأمل|نأمل)$/;
export const COMPLEMENTIZERS = new Set(['ان', 'إن', 'أن', 'بان', 'بأن', 'انه', 'انها', 'بانه', 'بانها', 'انهم', 'that']);
// Words after which a reporting verb's subject window stops: the subject has ended.
export const WINDOW_STOPS = {
  ar: new Set(['مع', 'خلال', 'عقب', 'اثناء', 'امام', 'بعد', 'قبل', 'عن', 'لدي', 'اليوم', 'امس', 'حيث', 'الذي', 'التي', 'وذلك', 'لـ', 'الي', 'الى']),
  en: new Set(['with', 'during', 'after', 'before', 'at', 'on', 'to', 'in', 'when', 'while', 'who', 'which', 'that', 'as', 'today', 'yesterday', 'on', 'by', 'told']),
};
// A country after these words inside a speaker phrase still names the office holder's state ("وزير الثقافة في إيران", "Minister of Foreign Affairs of Singapore").
export const OF_WORDS = new Set(['في', 'of', 'for']);
export const PLURAL_PRONOUNS = new Set(['they', 'both']);
export const PEOPLE_NOUN = /^(و?شركا|و?حلفا|و?نظرا|المسؤول|partners|allies|counterparts|officials)/;
export const OBLIGATION = /^(should|must|ought|needs|need|يجب|ينبغي|يتعين|عليها|عليه)$/;
export const FINITE_EN = /^(is|was|has|had|will|would|remains|remained|continues|continued|can|could|did|does|plans|intends|wants|agreed|supported|backed|rejected|opposed|condemned|welcomed|called|urged|insisted|believes|considers)$/;
export const ANCHOR_KINDS = new Set(['country', 'person', 'body', 'title', 'joint', 'nonOfficial']);
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
export const NAME_STOPWORDS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'قد', 'ما', 'لا', 'هذا', 'هذه', 'ذلك', 'كان', 'كانت', 'اليوم', 'امس', 'يوم', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'خلال', 'عقب', 'بعد', 'قبل', 'حيث', 'كما', 'ايضا', 'بدوره', 'الذي', 'التي',
  'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'his', 'her', 'their', 'its', 'has', 'had', 'have', 'was', 'is', 'were', 'will', 'would', 'also', 'then', 'today', 'on', 'who',
]);

/** The year of a date in any common form ("2015-08-07", "20 Mar 2022, 20:03", "March 2019"). */
export function yearOf(date: string | undefined): number | undefined {
  const m = date?.match(/(?:^|\D)((?:19|20)\d\d)(?:\D|$)/);
  return m ? Number(m[1]) : undefined;
}

export function isVerb(m: Mention): boolean {
  const k = m.entry.kind;
  return k === 'say' || k === 'continue' || k === 'participle' || k === 'jointVerb';
}

export function continued(s: Speaker | null): Speaker | null {
  return s ? { ...s, how: s.how === 'given' ? 'given' : 'continued' } : null;
}

export function toSpeaker(r: Resolved, how: Speaker['how']): Speaker {
  return { actor: r.actor, countries: r.countries, joint: r.joint, how };
}
