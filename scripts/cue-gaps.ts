/**
 * Lists gold evidence that no cue of the gold's code matches: the vocabulary the lexicon lacks.
 * Usage: tsx scripts/cue-gaps.ts DIR...  (reads *.gold.json; corpus-backed golds need ../shared/corpus)
 */
import { defaultLexicon } from '@accord/lexicon';
import { loadGold } from '@accord/cli';
import { normalizeText, tokenize } from '@accord/text';

const lexicon = defaultLexicon();
const { articles } = loadGold(process.argv.slice(2));
for (const { gold } of articles) {
  const matcher = lexicon.matchers[gold.language];
  for (const s of gold.stances) {
    for (const p of s.positions) {
      const evidence = p.evidence ?? [];
      const covered = evidence.some((e) => {
        const tokens = tokenize(normalizeText(e).text);
        return matcher.matchAll(tokens).some((m) => m.payload.kind === 'cue' && (m.payload.cue.code === p.code || m.payload.cue.negated?.code === p.code));
      });
      if (!covered && evidence.length > 0) console.log(`${gold.id.slice(0, 12)}\t${p.code}\t${p.polarity}\t${evidence.join(' || ').slice(0, 160)}`);
    }
  }
}
