/** A word of the normalised text, with the forms it may be looked up by. */
export interface Token {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** The normalised word. */
  text: string;
  /** Lookup forms: the word itself, then the word without clitics (Arabic) or plural -s (English). */
  keys: string[];
  arabic: boolean;
}

const enum Kind {
  Other = 0,
  Arabic = 1,
  Latin = 2,
  Digit = 3,
  Letter = 4,
}

const kinds = new Uint8Array(0x10000);
const letterOrNumber = /[\p{L}\p{N}]/u;
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0x30 && c <= 0x39) kinds[c] = Kind.Digit;
  else if (c >= 0x61 && c <= 0x7a) kinds[c] = Kind.Latin;
  else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06fa) kinds[c] = Kind.Arabic;
  else if (c >= 0xc0 && c < 0xd800 && letterOrNumber.test(String.fromCharCode(c))) kinds[c] = Kind.Letter;
  else if (c >= 0xd800 && c <= 0xdbff) kinds[c] = Kind.Letter; // astral letters: rare, treated as word characters
}

const PROCLITIC_CONJ = new Set(['و', 'ف']);
const PROCLITIC_PREP = new Set(['ب', 'ل', 'ك']);
// Not the bare ه: after normalisation it is also ة, and stripping it would turn every feminine noun into another word.
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها'];

/**
 * Lookup forms of an Arabic word: the word, then without و/ف, ب/ل/ك, ال and لل, and without a
 * pronoun suffix. Each stripped form keeps at least two letters.
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

function startsWithAl(word: string): boolean {
  return word.charCodeAt(0) === 0x0627 && word.charCodeAt(1) === 0x0644;
}

function addKey(keys: string[], key: string): void {
  if (key.length >= 2 && !keys.includes(key)) keys.push(key);
}

function latinKeys(word: string): string[] {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    if (word.endsWith('ies') && word.length > 4) return [word, word.slice(0, -3) + 'y'];
    return [word, word.slice(0, -1)];
  }
  return [word];
}

// News reuses a small vocabulary: lookup forms are computed once per distinct word. The cache is
// bounded (cleared when full) so a flood of distinct words cannot grow memory without limit.
const keyCache = new Map<string, string[]>();
const KEY_CACHE_LIMIT = 200_000;

function keysOf(word: string, arabic: boolean): string[] {
  let keys = keyCache.get(word);
  if (keys === undefined) {
    keys = arabic ? arabicKeys(word) : latinKeys(word);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, keys);
  }
  return keys;
}

/**
 * Splits normalised text into words in one linear pass. Arabic words carry their clitic-stripped
 * lookup forms; words longer than `maxWordLength` are kept whole but get no stripped forms.
 *
 * @example
 * tokenize('وبالمفاوضات').map((t) => t.keys); // [['وبالمفاوضات', 'بالمفاوضات', 'مفاوضات', ...]]
 */
export function tokenize(text: string, from = 0, to = text.length, maxWordLength = 64): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const k = kinds[text.charCodeAt(i)]!;
    if (k === Kind.Other) {
      i++;
      continue;
    }
    const start = i;
    let arabic = k === Kind.Arabic;
    i++;
    while (i < to) {
      const kk = kinds[text.charCodeAt(i)]!;
      if (kk === Kind.Other) break;
      if (kk === Kind.Arabic) arabic = true;
      i++;
    }
    const word = text.slice(start, i);
    const keys = word.length > maxWordLength ? [word] : keysOf(word, arabic);
    tokens.push({ start, end: i, text: word, keys, arabic });
  }
  return tokens;
}
