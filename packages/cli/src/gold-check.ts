import type { CompiledLexicon } from '@accord/lexicon';
import type { GoldArticle } from './gold.js';

/**
 * What is wrong with a gold reading, as one line each (empty when nothing is): evidence that is not
 * a verbatim substring of the text, unknown countries, issues, position codes or relation targets,
 * a country paired with itself, and the same position or relation listed twice.
 *
 * @example
 * checkGold(loadGold(['fixtures/ar']).articles[0], defaultLexicon()); // []
 */
export function checkGold(article: GoldArticle, lexicon: CompiledLexicon): string[] {
  const { gold, text } = article;
  const problems: string[] = [];
  const actors = new Set((lexicon.data.actors ?? []).map((a) => a.id));
  const country = (code: string, where: string) => {
    if (!lexicon.countries.has(code)) problems.push(`${where}: unknown country ${code}`);
  };
  const issue = (id: string, where: string) => {
    if (!lexicon.issues.has(id)) problems.push(`${where}: unknown issue ${id}`);
  };
  const verbatim = (evidence: string[] | undefined, where: string) => {
    for (const e of evidence ?? []) if (e.length === 0 || !text.includes(e)) problems.push(`${where}: evidence is not in the text: "${e.slice(0, 80)}"`);
  };
  const seenStances = new Set<string>();
  for (const s of gold.stances) {
    const where = `stance ${s.country} ${s.issue}`;
    country(s.country, where);
    issue(s.issue, where);
    if (seenStances.has(`${s.country} ${s.issue}`)) problems.push(`${where}: listed twice`);
    seenStances.add(`${s.country} ${s.issue}`);
    const codes = new Set<string>();
    for (const p of s.positions) {
      if (!lexicon.positions.has(p.code)) problems.push(`${where}: unknown position code ${p.code}`);
      if (codes.has(p.code)) problems.push(`${where}: code ${p.code} listed twice (rule 6: one position per code)`);
      codes.add(p.code);
      verbatim(p.evidence, `${where} ${p.code}`);
    }
  }
  for (const a of gold.agreements) {
    const where = `agreement ${a.a}-${a.b} ${a.issue}`;
    country(a.a, where);
    country(a.b, where);
    issue(a.issue, where);
    if (a.a === a.b) problems.push(`${where}: a country paired with itself`);
    verbatim(a.evidence, where);
  }
  const seenRelations = new Set<string>();
  for (const r of gold.relations ?? []) {
    const where = `relation ${r.source}->${r.target} ${r.issue}`;
    country(r.source, where);
    issue(r.issue, where);
    if (/^[A-Z]{2}$/.test(r.target)) country(r.target, where);
    else if (!actors.has(r.target)) problems.push(`${where}: unknown actor ${r.target}`);
    if (r.source === r.target) problems.push(`${where}: a country related to itself`);
    const key = `${r.source} ${r.target} ${r.issue} ${r.polarity}`;
    if (seenRelations.has(key)) problems.push(`${where}: listed twice`);
    seenRelations.add(key);
    verbatim(r.evidence, where);
  }
  return problems;
}
