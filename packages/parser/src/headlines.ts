import { resolveWindow } from './subjects.js';
import { toSpeaker, type ArticleState } from './state.js';
import type { ParsedSentence, Speaker } from './types.js';
import { isVerb } from './mentions.js';

/** "الجبير : تطابق الآراء..." / "Russia: ..." - a short head before a colon names the speaker. */
export function headlineSpeaker(state: ArticleState, sentence: ParsedSentence): { at: number; speaker: Speaker } | undefined {
  const text = state.norm.text;
  const first = sentence.clauses[0];
  if (!first || sentence.clauses.length < 2) return undefined;
  if (text[first.end] !== ' ' && text[first.end] !== ':') {
    if (text.slice(first.end, first.end + 2).trim() !== ':') return undefined;
  }
  if (!text.slice(first.end, first.end + 3).includes(':')) return undefined;
  if (first.tokenEnd - first.tokenStart > 5 || first.tokenEnd === first.tokenStart) return undefined;
  if (sentence.mentions.some((m) => m.start < first.tokenEnd && isVerb(m))) return undefined;
  const r = resolveWindow(state, sentence, [first.tokenStart, first.tokenEnd]);
  if (!r) return undefined;
  return { at: first.tokenEnd, speaker: toSpeaker(r, r.narrated ? 'narrated' : 'named') };
}
