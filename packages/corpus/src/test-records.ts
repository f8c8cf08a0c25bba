import type { AgreementRecord, PositionRecord, RelationRecord } from './types.js';

/** Where a test record sits; every field has a default so a test states only what it is about. */
export interface At {
  article?: string;
  story?: string;
  date?: string | null;
  issue?: string;
}

let serial = 0;
const place = (at: At) => {
  // A story named without an article is printed once, under the story's own id.
  const articleId = at.article ?? at.story ?? `art${++serial}`;
  return { articleId, storyId: at.story ?? articleId, date: at.date === undefined ? '2017-05-01' : at.date, issue: at.issue ?? 'syria' };
};

/** A position record of `country` on `code`, with one evidence span naming both. */
export function position(country: string, code: string, polarity: 1 | -1, at: At = {}): PositionRecord {
  const where = place(at);
  const text = `${country} ${polarity === 1 ? 'backs' : 'rejects'} ${code}`;
  return { ...where, country, code, polarity, confidence: 0.9, evidence: [{ articleId: where.articleId, start: 0, end: text.length, text }] };
}

/** An explicit agreement record between `a` and `b`, stated as written. */
export function stated(a: string, b: string, label: AgreementRecord['label'], at: At = {}, explicit = true): AgreementRecord {
  const where = place(at);
  const text = `${a} and ${b}: ${label}`;
  return {
    ...where,
    a,
    b,
    label,
    score: label === 'agree' ? 1 : label === 'disagree' ? -1 : 0,
    explicit,
    evidence: [{ articleId: where.articleId, start: 0, end: text.length, text }],
  };
}

/** A relation record: `source` backs (+1) or blames (-1) `target`. */
export function relation(source: string, target: string, polarity: 1 | -1, at: At = {}): RelationRecord {
  const where = place(at);
  const text = `${source} ${polarity === 1 ? 'backs' : 'blames'} ${target}`;
  return { ...where, source, target, polarity, confidence: 0.9, evidence: [{ articleId: where.articleId, start: 0, end: text.length, text }] };
}
