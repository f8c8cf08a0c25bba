import type { EvidenceRef } from '@accord/corpus';
import type { Analysis, Evidence } from '@accord/stance';
import type { AgreementTable, PositionTable } from './tables.js';

/** What positions and agreements rows copy from their article. */
export interface ArticleKeys {
  id: string;
  storyId: string;
  date: string | null;
  language: 'ar' | 'en';
  source: string | null;
}

type Triple = [start: number, end: number, text: string];

// Triples keep the column small and parse quickly: positions() reads tens of thousands at a time.
function encodeEvidence(evidence: Evidence[] | undefined): string {
  return JSON.stringify((evidence ?? []).map((e): Triple => [e.start, e.end, e.text]));
}

/** An evidence column back as `EvidenceRef`s of its article. */
export function decodeEvidence(articleId: string, json: string): EvidenceRef[] {
  return (JSON.parse(json) as Triple[]).map(([start, end, text]) => ({ articleId, start, end, text }));
}

/** The positions and agreements rows of one article's analysis, in the analysis's order. */
export function analysisRows(article: ArticleKeys, analysis: Analysis): { positions: PositionTable[]; agreements: AgreementTable[] } {
  const copy = { article_id: article.id, story_id: article.storyId, date: article.date, language: article.language, source: article.source };
  const positions: PositionTable[] = [];
  for (const stance of analysis.stances) {
    for (const p of stance.positions) {
      positions.push({
        ...copy,
        ord: positions.length,
        country: stance.country,
        issue: stance.issue,
        code: p.code,
        polarity: p.polarity,
        confidence: p.confidence,
        evidence: encodeEvidence(p.evidence),
      });
    }
  }
  const agreements = analysis.agreements.map((g, ord): AgreementTable => {
    // Records promise a < b; the label and score are symmetric, so the swap changes nothing else.
    const [a, b] = g.a <= g.b ? [g.a, g.b] : [g.b, g.a];
    return { ...copy, ord, a, b, issue: g.issue, label: g.label, score: g.score, explicit: g.explicit ? 1 : 0, evidence: encodeEvidence(g.evidence) };
  });
  return { positions, agreements };
}
