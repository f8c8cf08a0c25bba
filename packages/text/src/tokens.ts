import { arabicKeys, latinKeys } from './morphology.js';

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
