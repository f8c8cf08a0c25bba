import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprint, isSameStory, similarity } from './minhash.js';

const saudi = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/corpus/saudinewsnet_fm_candidates_516.jsonl');

describe('fingerprint', () => {
  const story =
    'Egypt and the United States agreed on Sunday to double their joint efforts to confront terrorism, the foreign ministers of the two countries said after talks in Cairo.';

  it('finds a lightly edited reprint the same story, and a different text not', () => {
    const reprint = `CAIRO (Agency) - ${story.replace('on Sunday', 'on Sunday, August 2')}`;
    expect(isSameStory(fingerprint(story), fingerprint(reprint))).toBe(true);
    expect(isSameStory(fingerprint(story), fingerprint('Russia and Turkey discussed a ceasefire in Idlib and the return of refugees to their homes.'))).toBe(
      false,
    );
  });

  it('folds Arabic spelling variants that outlets differ in', () => {
    expect(
      similarity(
        fingerprint('أكد وزير الخارجية أن المملكة حريصة على تطوير علاقاتها مع إيران'),
        fingerprint('اكد وزير الخارجيه ان المملكه حريصه على تطوير علاقاتها مع ايران'),
      ),
    ).toBe(1);
  });

  it('gives an empty fingerprint, never a story, to a text without words', () => {
    expect(fingerprint(' ... ')).toEqual({ signature: [], bands: [] });
    expect(isSameStory(fingerprint(''), fingerprint(''))).toBe(false);
  });

  it.skipIf(!existsSync(saudi))('links the three printings of the Egypt-US terrorism story in the Saudi corpus, and nothing else to them', () => {
    const records = readFileSync(saudi, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; title: string; content: string });
    const prints = records.map((r) => ({ id: r.id, title: r.title, print: fingerprint(`${r.title}\n\n${r.content}`) }));
    const story = prints.filter((p) => p.title.startsWith('مصر وأمريكا تتفقان على مضاعفة الجهود المشتركة لمواجهة الإرهاب'));
    expect(story).toHaveLength(3);
    for (const p of story) for (const q of story) expect(isSameStory(p.print, q.print)).toBe(true);
    const linked = prints.filter((p) => !story.includes(p) && story.some((s) => isSameStory(s.print, p.print)));
    expect(linked.map((p) => p.title)).toEqual([]);
  });
});
