/**
 * A normalised copy of a text plus the way back: `map[i]` is the index in the original text of
 * normalised character `i`, and `map[text.length]` is the original length. Deleted characters
 * (diacritics, tatweel, invisible marks) belong to the kept character before them, so a span
 * `[s, e)` of the normalised text maps back to `[map[s], map[e])` of the original.
 */
export interface NormalizedText {
  text: string;
  map: Int32Array;
}

const DELETE = -1;

// One entry per UTF-16 code unit: DELETE, or the code unit it becomes. Built once, looked up per character.
const table = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const del = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c] = DELETE;
  };
  const to = (target: string, ...sources: number[]) => {
    for (const s of sources) t[s] = target.charCodeAt(0);
  };
  del(0x064b, 0x065f); // harakat, tanween, shadda, sukun
  del(0x0670); // superscript alef
  del(0x0610, 0x061a); // Quranic marks
  del(0x06d6, 0x06ed);
  del(0x0640); // tatweel
  del(0x200b, 0x200f); // zero-width space/joiners, LRM, RLM
  del(0x202a, 0x202e); // bidi embeddings and overrides
  del(0x2066, 0x2069); // bidi isolates
  del(0xfeff);
  del(0x00ad);
  del(0x061c); // Arabic letter mark
  to('ا', 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673);
  to('ي', 0x0649, 0x06cc, 0x06d2);
  to('ه', 0x0629, 0x06c1, 0x06d5);
  to('ك', 0x06a9);
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0; c < 0x20; c++) if (c !== 0x0a) t[c] = 0x20; // controls (and tabs, CR) become spaces
  t[0x7f] = 0x20;
  t[0x00a0] = 0x20;
  t[0x2028] = 0x0a;
  t[0x2029] = 0x0a;
  to("'", 0x2019, 0x2018, 0x02bc);
  return t;
}

/**
 * Normalises Arabic and Latin text for matching: alef forms to ا, ى to ي, ة to ه, diacritics,
 * tatweel and invisible marks removed, Arabic-Indic digits to ASCII, Latin lower-cased, control
 * characters to spaces. Offsets back into the original stay exact through `map`.
 *
 * @example
 * const n = normalizeText('وزيرُ الخارجيّة');
 * n.text; // 'وزير الخارجيه'
 */
export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let m = table[c]!;
    if (m === DELETE) continue;
    if (m === c && c >= 0xc0 && c < 0x2000 && (c < 0x0600 || c > 0x06ff)) m = lowerOther(c);
    out[j] = m;
    map[j] = i;
    j++;
  }
  map[j] = n;
  return { text: decodeUnits(out, j), map: j === n ? map : map.slice(0, j + 1) };
}

function lowerOther(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function decodeUnits(units: Uint16Array, length: number): string {
  let s = '';
  const chunk = 8192;
  for (let i = 0; i < length; i += chunk) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + chunk)) as unknown as number[]);
  }
  return s;
}

/**
 * Maps a span of the normalised text back to the original text.
 *
 * @example
 * originalSpan(normalizeText('قالَ وزيرُ'), 0, 3); // { start: 0, end: 4 }
 */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.map[start]!, end: norm.map[end]! };
}
