import type { ArticleState } from './state.js';

/** Whether a quotation is open after `text[from, to)`, given whether one was open before it. */
export function updateQuoteState(text: string, from: number, to: number, open: boolean): boolean {
  let state = open;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') state = true;
    else if (ch === '»' || ch === '”') state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

/** Whether a position of the normalised text lies between opening and closing quotes. */
export function insideQuote(state: ArticleState, pos: number): boolean {
  const spans = (state.quotes ??= quoteSpans(state.norm.text));
  // Spans are disjoint and in order: binary search keeps long texts with many quotes linear.
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid]!;
    if (pos <= a) hi = mid - 1;
    else if (pos >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

// A quotation closes at its closing mark or at the end of its line.
function quoteSpans(t: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '«' || ch === '“') open = i;
    else if ((ch === '»' || ch === '”') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (ch === '"') {
      if (open >= 0 && t[open] === '"') {
        spans.push([open, i]);
        open = -1;
      } else open = i;
    } else if (ch === '\n') open = -1;
  }
  return spans;
}
