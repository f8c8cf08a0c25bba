/** Cutting an article's text into runs that carry the evidence spans and speaker mentions over them. */
import type { Analysis, Polarity } from './types';

export interface EvidenceSpan {
  start: number;
  end: number;
  /** The country holding the position; for an agreement, its first side. */
  country: string;
  /** The other side of an agreement. */
  other?: string;
  issue: string;
  code?: string;
  polarity?: Polarity;
  kind: 'position' | 'agreement';
}

export interface Mention {
  start: number;
  end: number;
  name: string;
  country: string | null;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  spans: EvidenceSpan[];
  mention: Mention | null;
}

/**
 * Every evidence span of an analysis, positions first, with what it is evidence of.
 * @example evidenceSpans(analysis).filter((s) => s.country === 'EG')
 */
export function evidenceSpans(analysis: Analysis): EvidenceSpan[] {
  const positions = analysis.stances.flatMap((stance) =>
    stance.positions.flatMap((p) =>
      p.evidence.map(
        (e): EvidenceSpan => ({
          start: e.start,
          end: e.end,
          country: stance.country,
          issue: stance.issue,
          code: p.code,
          polarity: p.polarity,
          kind: 'position',
        }),
      ),
    ),
  );
  const agreements = analysis.agreements.flatMap((a) =>
    (a.evidence ?? []).map((e): EvidenceSpan => ({ start: e.start, end: e.end, country: a.a, other: a.b, issue: a.issue, kind: 'agreement' })),
  );
  return [...positions, ...agreements];
}

/** Speaker mentions: each actor's mentions with its name and country. */
export function mentionsOf(analysis: Analysis): Mention[] {
  return analysis.actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, name: actor.name, country: actor.country })));
}

/**
 * The text cut at every span and mention boundary; each run lists the spans covering it. Spans outside
 * the text or empty are ignored, so a stale analysis cannot break the page.
 * @example runs('ab cd', [{ start: 3, end: 5, ... }], []) // [{ text: 'ab ', spans: [] }, { text: 'cd', spans: [span] }]
 */
export function runs(text: string, spans: EvidenceSpan[], mentions: Mention[]): Run[] {
  const valid = <T extends { start: number; end: number }>(s: T) => s.start >= 0 && s.end <= text.length && s.start < s.end;
  const kept = spans.filter(valid);
  const named = mentions.filter(valid);
  const cuts = new Set([0, text.length]);
  for (const s of [...kept, ...named]) cuts.add(s.start).add(s.end);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      spans: kept.filter((s) => s.start <= start && s.end >= end),
      mention: named.find((m) => m.start <= start && m.end >= end) ?? null,
    });
  }
  return out;
}

/**
 * A `start-end` pair from a URL parameter, or null.
 * @example parseRange('128-224') // { start: 128, end: 224 }
 */
export function parseRange(value: string | null): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end ? { start, end } : null;
}
