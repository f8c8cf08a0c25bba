// Morphology: the word-shape rules of Arabic and English that the engine relies on, in one place.
// Words themselves (prepositions, complementizers, stop words) are lexicon data; these are the rules
// that strip clitics and suffixes and tell a verb by its prefix or ending.

const PROCLITIC_CONJ = new Set(['و', 'ف']);
const PROCLITIC_PREP = new Set(['ب', 'ل', 'ك']);
// Not the bare ه: after normalisation it is also ة, and stripping it would turn every feminine noun into another word.
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها'];

/**
 * Lookup forms of an Arabic word: the word, then without و/ف, ب/ل/ك, ال and لل, and without a
 * pronoun suffix. Each stripped form keeps at least two letters.
 *
 * @example
 * arabicKeys('وبالمفاوضات'); // ['وبالمفاوضات', 'بالمفاوضات', 'المفاوضات', 'مفاوضات']
 */
export function arabicKeys(word: string): string[] {
  const keys = [word];
  // At most three bases: the word, without و/ف, and each without ب/ل/ك (or لل).
  const bases = [word];
  if (word.length >= 3 && PROCLITIC_CONJ.has(word[0]!)) bases.push(word.slice(1));
  const count = bases.length;
  for (let b = 0; b < count; b++) {
    const base = bases[b]!;
    if (base.length >= 3 && PROCLITIC_PREP.has(base[0]!)) bases.push(base[0] === 'ل' && base[1] === 'ل' && base.length > 4 ? base.slice(2) : base.slice(1));
  }
  for (let b = 0; b < bases.length; b++) {
    const base = bases[b]!;
    addKey(keys, base);
    if (base.length > 3 && startsWithAl(base)) {
      const bare = base.slice(2);
      addKey(keys, bare);
      // "الألمانية": after ال comes a stem that itself starts with ا+ل once hamza is normalised away
      // (ألمانية → المانيه); lexicon words strip that too, so offer the form without it.
      if (bare.length > 3 && startsWithAl(bare)) addKey(keys, bare.slice(2));
    }
  }
  const stems = keys.length;
  for (let k = word.length > 4 ? 0 : 1; k < stems; k++) {
    const key = keys[k]!;
    for (const suffix of ENCLITICS) {
      if (key.length - suffix.length >= 3 && key.endsWith(suffix)) {
        addKey(keys, key.slice(0, -suffix.length));
        break;
      }
    }
  }
  return keys;
}

/**
 * A normalised Arabic word without the article ال (a word of four letters or more whose third is a
 * letter): how a lexicon word is keyed, since tokens also offer their forms without it.
 *
 * @example
 * withoutArticle('الخارجيه'); // 'خارجيه'
 */
export function withoutArticle(word: string): string {
  return word.length > 3 && startsWithAl(word) && /[\u0621-\u064a]/.test(word[2] ?? '') ? word.slice(2) : word;
}

function startsWithAl(word: string): boolean {
  return word.charCodeAt(0) === 0x0627 && word.charCodeAt(1) === 0x0644;
}

function addKey(keys: string[], key: string): void {
  if (key.length >= 2 && !keys.includes(key)) keys.push(key);
}

/**
 * Lookup forms of a Latin word: the word, then its singular without a plural -s or -ies.
 *
 * @example
 * latinKeys('parties'); // ['parties', 'party']
 */
export function latinKeys(word: string): string[] {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    if (word.endsWith('ies') && word.length > 4) return [word, word.slice(0, -3) + 'y'];
    return [word, word.slice(0, -1)];
  }
  return [word];
}

/** The clitics a word carried before the form a phrase matched: "وبالمفاوضات" read as "مفاوضات" carries و, ب and ال. */
export interface Clitics {
  /** و ("and") or ف ("so"). */
  conjunction: '' | 'و' | 'ف';
  /** ب ("by, with, in"), ل ("for, to") or ك ("like"). */
  preposition: '' | 'ب' | 'ل' | 'ك';
  /** The article ال, also inside لل (ل + ال). */
  article: boolean;
}

/** A word matched as it stands. */
export const NO_CLITICS: Readonly<Clitics> = Object.freeze({ conjunction: '', preposition: '', article: false });

const cliticCache = new Map<string, Clitics>([['', NO_CLITICS]]);

/**
 * The clitics of `word` before its lookup form `key` (one of `arabicKeys(word)`).
 *
 * @example
 * cliticsOf('وللامم', 'امم'); // { conjunction: 'و', preposition: 'ل', article: true }
 */
export function cliticsOf(word: string, key: string): Readonly<Clitics> {
  const at = key === word ? -1 : word.indexOf(key);
  const letters = at > 0 ? word.slice(0, at) : '';
  let clitics = cliticCache.get(letters);
  if (clitics === undefined) cliticCache.set(letters, (clitics = readClitics(letters)));
  return clitics;
}

function readClitics(letters: string): Clitics {
  const conjunction = letters[0] === 'و' || letters[0] === 'ف' ? letters[0] : '';
  // The article may stand twice when the stem itself begins with ا+ل ("الألمانية" read as ال + ال + مانيه).
  const bare = letters.replace(/(ال)+$/, '');
  const preposition = (bare.match(/[بلك]/)?.[0] ?? '') as Clitics['preposition'];
  return { conjunction, preposition, article: /ال$|لل$/.test(letters) };
}

/**
 * Whether a word carried any clitic.
 *
 * @example
 * hasClitics(cliticsOf('والمفاوضات', 'مفاوضات')); // true
 */
export function hasClitics(c: Readonly<Clitics>): boolean {
  return c.conjunction !== '' || c.preposition !== '' || c.article;
}

/**
 * Whether an Arabic word begins with و: a word joined by "and" (the letter alone cannot tell it from a root و).
 *
 * @example
 * beginsWithAnd('وروسيا'); // true
 */
export function beginsWithAnd(word: string): boolean {
  return word.startsWith('و');
}

/**
 * A word under a preposition and the article, with or without و/ف: "بالتخلي", "للأمم", not "والكويت".
 *
 * @example
 * underPrepositionAndArticle('وللامم'); // true
 */
export function underPrepositionAndArticle(word: string): boolean {
  return /^[وف]?(بال|لل|كال)/.test(word);
}

/**
 * An Arabic imperfect or future verb by its prefix (ت, ي, س), at least three letters: "تعمل", "سيعقد".
 *
 * @example
 * imperfectVerb('تعمل'); // true
 */
export function imperfectVerb(word: string): boolean {
  return /^[تيس].{2,}/.test(word);
}

/**
 * An Arabic dual imperfect verb: "تعملان", "يؤكدان".
 *
 * @example
 * dualVerb('تعملان'); // true
 */
export function dualVerb(word: string): boolean {
  return /^[تي].{2,}ان$/.test(word);
}

/**
 * A word that opens like an Arabic imperfect verb (ت, ي, ن): "ألا تتدخل", "ألا يكون".
 *
 * @example
 * imperfectPrefix('نرفض'); // true
 */
export function imperfectPrefix(word: string): boolean {
  return /^[تين]/.test(word);
}

/**
 * Whether an English word ending at `end` of the normalised text takes the possessive 's, the
 * tokenizer having split "Russia's" into "russia" and "s".
 *
 * @example
 * possessive("russia's minister", 6, 's'); // true
 */
export function possessive(text: string, end: number, next: string | undefined): boolean {
  return next === 's' && text[end] === "'";
}

/**
 * An English word that may be a finite verb by its ending: "agreed", "urges".
 *
 * @example
 * finiteEnding('agreed'); // true
 */
export function finiteEnding(word: string): boolean {
  return /(ed|s)$/.test(word);
}
