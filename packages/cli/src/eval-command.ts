import { scoreArticle, summarizeScores, type ArticleScore, type Prf, type Score } from '@accord/stance';
import { CliError } from './error.js';
import { analyzeGold, loadGold } from './gold.js';
import type { Io } from './io.js';

/** `accord eval PATH...`: P/R/F1 against gold readings, as a table or `--json`. */
export async function evalCommand(dirs: string[], flags: Record<string, unknown>, io: Io): Promise<number> {
  if (dirs.length === 0) throw new CliError('usage', 'eval needs at least one folder or *.gold.json file');
  const { articles, skipped } = loadGold(dirs, { corpus: flags.corpus as string | undefined });
  for (const s of skipped) io.err(`accord: skipped ${s}`);
  const scores: ArticleScore[] = [];
  for (const article of articles) {
    scores.push(scoreArticle(article.gold, analyzeGold(article)));
  }
  const byLanguage = new Map<string, ArticleScore[]>();
  for (const s of scores) byLanguage.set(s.language, [...(byLanguage.get(s.language) ?? []), s]);
  const total = summarizeScores(scores);
  const languages = Object.fromEntries([...byLanguage].map(([lang, list]) => [lang, summarizeScores(list)]));
  if (flags.json) {
    io.out(JSON.stringify({ total, languages, articles: scores, skipped }, null, 2));
    return 0;
  }
  io.out(`${'article'.padEnd(44)} ${'stance F1'.padStart(9)} ${'position P/R/F1'.padStart(17)} ${'agreement'.padStart(10)} ${'relation F1'.padStart(11)}`);
  for (const s of scores) {
    io.out(
      `${s.id.slice(0, 44).padEnd(44)} ${fmt(s.stance.f1).padStart(9)} ${`${fmt(s.position.precision)}/${fmt(s.position.recall)}/${fmt(s.position.f1)}`.padStart(17)} ${`${s.agreement.correct}/${s.agreement.total}`.padStart(10)} ${(s.relation ? fmt(s.relation.f1) : '-').padStart(11)}`,
    );
    if (flags.errors) {
      for (const k of s.missed) io.out(`    missed ${k}`);
      for (const k of s.extra) io.out(`    extra  ${k}`);
      for (const k of s.agreementErrors) io.out(`    agreement ${k}`);
      for (const k of s.missedRelations ?? []) io.out(`    missed relation ${k}`);
      for (const k of s.extraRelations ?? []) io.out(`    extra relation  ${k}`);
    }
  }
  io.out('');
  for (const [lang, score] of Object.entries(languages)) io.out(summaryLine(`total ${lang}`, score));
  if (Object.keys(languages).length > 1) io.out(summaryLine('total', total));
  return 0;
}

function summaryLine(label: string, s: Score): string {
  const relation = s.relation ? ` | relation ${prfText(s.relation)} (${s.relationArticles} articles with relations)` : '';
  return `${label} (${s.articles} articles): stance ${prfText(s.stance)} | position ${prfText(s.position)} | agreement accuracy ${fmt(s.agreement.accuracy)} (${s.agreement.correct}/${s.agreement.total})${relation}`;
}

function prfText(p: Prf): string {
  return `P ${fmt(p.precision)} R ${fmt(p.recall)} F1 ${fmt(p.f1)}`;
}

function fmt(x: number): string {
  return x.toFixed(3);
}
