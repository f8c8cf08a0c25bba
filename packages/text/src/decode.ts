import { CONTROL_SHARE, isControl, REPLACEMENT_SHARE } from './check.js';
import { TextError } from './error.js';

export interface DecodedText {
  text: string;
  /** The encoding used: given, from a byte-order mark, or detected. */
  encoding: string;
  /** True when invalid bytes were replaced by U+FFFD. */
  lossy: boolean;
}

const SAMPLE = 64 * 1024;

/**
 * Decodes the bytes of a text file. With no `encoding`, a byte-order mark decides, then strict
 * UTF-8, then UTF-8 with a few broken bytes, then Windows-1256 (older Arabic archives), then
 * Windows-1252. Bytes that are not text (many control bytes) throw a `TextError` with code
 * `not_text`; an encoding label Node does not know throws `unknown_encoding`.
 *
 * @example
 * decodeBytes(readFileSync('old-article.txt')).encoding; // 'windows-1256'
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): DecodedText {
  if (options.encoding) return decodeAs(bytes, options.encoding);
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', lossy: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  if (looksBinary(bytes)) {
    throw new TextError('not_text', 'not a text file: the bytes are mostly control characters (pass --encoding if this is a text in an unusual encoding)');
  }
  const strict = tryDecode(bytes, 'utf-8');
  if (strict !== undefined) return { text: strict, encoding: 'utf-8', lossy: false };
  const { valid, invalid } = countUtf8(bytes);
  if (valid > 0 && invalid <= valid / 4) return decodeAs(bytes, 'utf-8');
  const arabic = new TextDecoder('windows-1256').decode(bytes);
  if (arabicShare(arabic) >= 0.5) return { text: arabic, encoding: 'windows-1256', lossy: false };
  return decodeAs(bytes, 'windows-1252');
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding);
  } catch (cause) {
    throw new TextError('unknown_encoding', `unknown encoding "${encoding}": use a WHATWG label such as utf-8, utf-16le, windows-1256`, { cause });
  }
  const text = decoder.decode(bytes);
  const lossy = text.includes('\uFFFD');
  if (lossy && replacementShare(text) > REPLACEMENT_SHARE) {
    throw new TextError('not_text', `not a text file in ${decoder.encoding}: most characters are invalid`);
  }
  return { text, encoding: decoder.encoding, lossy };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) control++;
  return control > n * CONTROL_SHARE;
}

// UTF-16 without a byte-order mark: every other byte is 0x00 (Latin) or 0x06 (Arabic).
function guessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 || bytes[i] === 0x06) evenHigh++;
    if (bytes[i + 1] === 0 || bytes[i + 1] === 0x06) oddHigh++;
  }
  const half = n / 2;
  if (oddHigh > half * 0.6 && evenHigh < half * 0.1) return 'utf-16le';
  if (evenHigh > half * 0.6 && oddHigh < half * 0.1) return 'utf-16be';
  return undefined;
}

function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, SAMPLE * 4);
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function arabicShare(text: string): number {
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length && i < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else other++;
  }
  return arabic + other === 0 ? 0 : arabic / (arabic + other);
}

function replacementShare(text: string): number {
  let bad = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return n === 0 ? 0 : bad / n;
}

/**
 * Tells Arabic from English by counting letters of each script; text with no letters of either is
 * `'en'`, the documented default.
 *
 * @example
 * detectLanguage('قال لافروف'); // 'ar'
 */
export function detectLanguage(text: string): 'ar' | 'en' {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06d3) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic > 0 && arabic * 2 >= latin ? 'ar' : 'en';
}
