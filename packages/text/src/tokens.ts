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
  const add = (k: string) => {
    if (k.length >= 2 && !keys.includes(k)) keys.push(k);
  };
  const bases = [word];
  if (word.length >= 3 && PROCLITIC_CONJ.has(word[0]!)) bases.push(word.slice(1));
  for (const b of bases.slice()) {
    if (b.length >= 3 && PROCLITIC_PREP.has(b[0]!)) {
      if (b[0] === 'ل' && b[1] === 'ل' && b.length > 4) bases.push(b.slice(2));
      else bases.push(b.slice(1));
    }
  }
  for (const b of bases) {
    add(b);
    if (b.length > 3 && b.startsWith('ال')) add(b.slice(2));
  }
  for (const k of keys.slice(1).concat(word.length > 4 ? [word] : [])) {
    for (const suffix of ENCLITICS) {
      if (k.length - suffix.length >= 3 && k.endsWith(suffix)) {
        add(k.slice(0, -suffix.length));
        break;
      }
    }
  }
  return keys;
}

function latinKeys(word: string): string[] {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    if (word.endsWith('ies') && word.length > 4) return [word, word.slice(0, -3) + 'y'];
    return [word, word.slice(0, -1)];
  }
  return [word];
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
    const keys = word.length > maxWordLength ? [word] : arabic ? arabicKeys(word) : latinKeys(word);
    tokens.push({ start, end: i, text: word, keys, arabic });
  }
  return tokens;
}
