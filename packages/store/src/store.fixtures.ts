// The texts and analyses store.test.ts saves, and its save helper.
import { fingerprint } from '@accord/corpus';
import { analyze, type Analysis } from '@accord/stance';
import type { ArticleInput, Store } from './types.js';

export const ENGINE = 'test-engine-1';

export const EG_RU =
  "Egypt's foreign minister said Egypt supports a political solution in Syria. Russian Foreign Minister Sergei Lavrov said Russia supports a political solution in Syria.";
export const EG_AR = 'قال وزير الخارجية المصري إن مصر تدعم الحل السياسي في سوريا.';
export const WIRE =
  'The foreign ministers of the two countries met in the capital on Tuesday to discuss the crisis in the region. ' +
  'They agreed that the talks would continue next month and called on all parties to respect the ceasefire. ' +
  'Officials said the meeting lasted three hours and covered trade, security, water rights and the return of refugees. ' +
  'A joint statement issued after the meeting stressed the importance of dialogue and regional cooperation.';
// The same wire story as another outlet printed it: two words changed and a closing sentence added.
export const WIRE_REPRINT = `${WIRE.replace('Tuesday', 'Wednesday').replace('three hours', 'four hours')} The ministers will meet again in Geneva.`;
export const UNRELATED = 'Heavy rain flooded several streets of the old city overnight, and schools stayed closed while crews cleared the drains.';

export function articleInput(text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { text, language: /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en', ...extra };
}

export async function save(store: Store, text: string, extra: Partial<ArticleInput> = {}, analysis?: Analysis) {
  const article = articleInput(text, extra);
  return store.saveArticle({
    article,
    analysis: analysis ?? analyze({ text, language: article.language }),
    engineVersion: ENGINE,
    fingerprint: fingerprint(text),
  });
}

export const irUsAnalysis: Analysis = {
  language: 'en',
  actors: [],
  stances: [
    {
      country: 'IR',
      issue: 'iran_nuclear',
      positions: [{ code: 'sanctions', polarity: -1, confidence: 0.9, evidence: [{ start: 0, end: 5, text: 'Talks' }] }],
    },
    { country: 'US', issue: 'iran_nuclear', positions: [{ code: 'sanctions', polarity: 1, confidence: 0.8, evidence: [{ start: 6, end: 8, text: 'at' }] }] },
  ],
  // Written b before a on purpose: the store hands records back with a < b.
  agreements: [{ a: 'US', b: 'IR', issue: 'iran_nuclear', label: 'disagree', score: -1, explicit: true, evidence: [{ start: 0, end: 8, text: 'Talks at' }] }],
  relations: [],
};
