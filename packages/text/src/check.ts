const SAMPLE = 64 * 1024;

/** The share of control characters above which bytes or a string are not text (tab, newlines and ESC are text). */
export const CONTROL_SHARE = 0.05;
/** The share of U+FFFD above which a decoded string is not text. */
export const REPLACEMENT_SHARE = 0.2;

/** Whether a character code is a control character no text file holds. */
export const isControl = (c: number): boolean => c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) || c === 0x7f;

/**
 * Why a string is not text, or null when it is: the rule `decodeBytes` applies to bytes, applied
 * to a string that arrived already decoded (a JSON body), so binary sent either way is refused alike.
 *
 * @example
 * notTextReason('Egypt supports a ceasefire.'); // null
 * notTextReason('\u0001\u0002\u0003PK'); // 'not text: the string is mostly control characters'
 */
export function notTextReason(text: string): string | null {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) control++;
    else if (c === 0xfffd) replaced++;
  }
  if (control > n * CONTROL_SHARE) return 'not text: the string is mostly control characters (binary data?)';
  if (replaced > n * REPLACEMENT_SHARE) return 'not text: most characters are U+FFFD, the mark of bytes that were not text';
  return null;
}
