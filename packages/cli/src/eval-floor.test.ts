import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreArticle, summarizeScores, type ArticleScore, type Score } from '@accord/stance';
import { describe, expect, it } from 'vitest';
import { analyzeGold, loadGold, type GoldArticle } from './gold.js';

// The F1 of each gold set is a floor: an attribution or labelling change that loses ground fails here,
// not only in a README table. `accord eval` scores the same way (analysis without sentences, the gold's date and speaker).
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface Figures {
  articles: number;
  stanceF1: number;
  positionF1: number;
  agreementAccuracy: number;
  /** Present when the set's gold is annotated for relations. */
  relationF1?: number;
}

const floors = JSON.parse(readFileSync(resolve(repoRoot, 'fixtures/floors.json'), 'utf8')) as { sets: Record<string, Record<string, Figures>> };

function figures(score: Score): Figures {
  return {
    articles: score.articles,
    stanceF1: score.stance.f1,
    positionF1: score.position.f1,
    agreementAccuracy: score.agreement.accuracy,
    ...(score.relation ? { relationF1: score.relation.f1 } : {}),
  };
}

/** The gold articles of one set, or why the set cannot be read here. */
function load(dir: string): GoldArticle[] | string {
  if (!existsSync(dir)) return `${dir} not found`;
  const { articles, skipped } = loadGold([dir]);
  return skipped.length > 0 ? `${skipped.length} texts not found (${skipped[0]})` : articles;
}

/** The figures of one gold set, total and per language. */
function evaluate(articles: GoldArticle[]): Record<string, Figures> {
  const scores: ArticleScore[] = articles.map((article) => scoreArticle(article.gold, analyzeGold(article)));
  const out: Record<string, Figures> = { total: figures(summarizeScores(scores)) };
  for (const language of new Set(scores.map((s) => s.language))) out[language] = figures(summarizeScores(scores.filter((s) => s.language === language)));
  return out;
}

describe('eval floors (fixtures/floors.json)', () => {
  for (const [set, floor] of Object.entries(floors.sets)) {
    const articles = load(resolve(repoRoot, set));
    const skip = typeof articles === 'string';
    it.skipIf(skip)(`${set}${skip ? ` SKIPPED: ${articles}` : ''}`, () => {
      const got = evaluate(articles as GoldArticle[]);
      for (const [part, want] of Object.entries(floor)) {
        const have = got[part];
        expect(have, `${set} ${part}: no articles`).toBeDefined();
        expect(have!.articles, `${set} ${part}: articles`).toBe(want.articles);
        for (const key of ['stanceF1', 'positionF1', 'agreementAccuracy', 'relationF1'] as const) {
          if (want[key] === undefined) continue;
          expect(have![key], `${set} ${part} ${key} fell below its floor (now ${JSON.stringify(have)})`).toBeGreaterThanOrEqual(want[key]);
        }
      }
    });
  }
});
