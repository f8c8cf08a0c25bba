/** A half-open span `[start, end)` of a text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (text between blank lines or line breaks) the sentence is in. */
  paragraph: number;
  clauses: Span[];
}

// English abbreviations whose full stop does not end a sentence (normalised, lower case).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'jr',
  'sr',
  'vs',
  'etc',
  'hon',
  'amb',
  'maj',
  'capt',
  'sgt',
  'adm',
  'rev',
  'sec',
  'dept',
  'approx',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'art',
  'para',
  'h.e',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'st',
]);

// Characters that close a sentence after its stop: ." »" ...) - kept with the sentence they end.
const CLOSERS = new Set(['.', '"', '”', '»', "'", ')']);

const CLAUSE_BREAK = new Set([',', '،', ';', '؛', ':', '(', ')', '«', '»', '"', '“', '”', '[', ']']);

// Characters the segmenter looks at (space, line break, stops, clause breaks); all others are 0 and skipped fast.
const CLASS = new Uint8Array(0x2100);
for (const ch of [' ', '\n', '.', '!', '?', '؟', '…', ...CLAUSE_BREAK]) CLASS[ch.charCodeAt(0)] = 1;

/**
 * Splits normalised text into sentences (at . ! ? ؟ … and line breaks) and each sentence into
 * clauses (at commas, semicolons, colons, brackets and quotes), in one linear pass. A sentence or
 * clause longer than `maxLength` characters is cut at the last space before the limit, so later
 * stages never see unbounded spans.
 *
 * @example
 * segmentSentences('قال الوزير: نعم. وأضاف، لا').length; // 2
 */
export function segmentSentences(text: string, maxLength = 1500): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let clauseStart = 0;
  let clauses: Span[] = [];
  let sawLine = false;

  const pushClause = (end: number) => {
    const s = skipSpace(text, clauseStart, end);
    const e = trimEnd(text, s, end);
    if (e > s) clauses.push({ start: s, end: e });
    clauseStart = end;
  };
  const pushSentence = (end: number) => {
    pushClause(end);
    const s = skipSpace(text, start, end);
    const e = trimEnd(text, s, end);
    if (e > s && clauses.length > 0) sentences.push({ start: s, end: e, paragraph, clauses });
    clauses = [];
    start = end;
    clauseStart = end;
  };

  const n = text.length;
  const wrapped = hardWrapped(text);
  let lastSpace = -1;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    // Bounds first, so no path through the loop can grow a span past maxLength.
    // A cut never falls before a clause already closed, or that clause would end after its sentence.
    if (i - start >= maxLength) pushSentence(lastSpace > Math.max(start, clauseStart) ? lastSpace : i);
    if (i - clauseStart >= maxLength) pushClause(lastSpace > clauseStart ? lastSpace : i);
    const code = text.charCodeAt(i);
    const cls = code < 0x2100 ? CLASS[code]! : 0;
    if (cls === 0) {
      // Letters and digits: the common case, nothing to do but close a pending paragraph.
      if (sawLine) {
        paragraph++;
        sawLine = false;
      }
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      if (isSoftWrap(text, i, lineStart, wrapped)) {
        lastSpace = i; // a line wrapped mid-sentence ("... on his election as\nPresident of ..."): a space
      } else {
        pushSentence(i);
        sawLine = true;
      }
      lineStart = i + 1;
      continue;
    }
    if (c === ' ') {
      lastSpace = i;
    } else if (sawLine) {
      paragraph++;
      sawLine = false;
    }
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '…') {
      if (c === '.' && !isSentenceStop(text, i)) continue;
      let end = i + 1;
      while (end < n && end - start < maxLength && CLOSERS.has(text[end]!)) end++;
      pushSentence(end);
      i = end - 1;
      continue;
    }
    if (CLAUSE_BREAK.has(c)) {
      pushClause(i);
      clauseStart = i + 1;
    }
  }
  pushSentence(n);
  return sentences;
}

const LINE_END = new Set(['.', '!', '?', '؟', ':', '»', '"', '”', '…', ';', '؛']);

/**
 * A single line break inside a long line of prose with no closing punctuation is a wrap, not a
 * sentence end; a blank line, a short line (a title, a dateline) or punctuation ends the sentence.
 */
function isSoftWrap(text: string, i: number, lineStart: number, wrapped: boolean): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  if (j >= text.length || text[j] === '\n') return false;
  let k = i - 1;
  while (k >= lineStart && text[k] === ' ') k--;
  if (k < lineStart || LINE_END.has(text[k]!)) return false;
  // A text wrapped at a fixed width (a UN record printed in columns) breaks short lines mid-sentence too.
  return wrapped || i - lineStart >= 50;
}

/**
 * Whether a text is hard-wrapped: most of its lines end mid-sentence (no closing punctuation) and
 * they are short, as in a document printed in columns. One pass over the text.
 */
function hardWrapped(text: string): boolean {
  let lines = 0;
  let open = 0;
  let length = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let k = i - 1;
    while (k >= lineStart && (text[k] === ' ' || text[k] === '\r')) k--;
    if (k >= lineStart) {
      lines++;
      length += k + 1 - lineStart;
      if (!LINE_END.has(text[k]!)) open++;
    }
    lineStart = i + 1;
  }
  return lines >= 10 && open / lines > 0.5 && length / lines < 90;
}

function isSentenceStop(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next >= 0x30 && next <= 0x39) return false; // 3.5, 1.2 million
  if (isWordChar(next) || next === 0x2d || next === 0x2e || next === 0x2c) return false; // U.S.-led, e.g., www.mfa.gov
  let s = i;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, i);
  if (word.length === 1 && /[a-z]/.test(word)) return false; // initials: J. Kerry, U.S.
  if (ABBREVIATIONS.has(word)) return false;
  if (s > 1 && text[s - 1] === '.') {
    let t = s - 1;
    while (t > 0 && isWordChar(text.charCodeAt(t - 1))) t--;
    if (ABBREVIATIONS.has(`${text.slice(t, s - 1)}.${word}`)) return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\n' || CLAUSE_BREAK.has(text[i]!))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
  return e;
}
