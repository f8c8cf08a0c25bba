import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLexicon } from '@accord/lexicon';
import { describe, expect, it } from 'vitest';
import { checkGold } from './gold-check.js';
import { loadGold } from './gold.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const fixtureDirs = readdirSync(join(root, 'fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'fixtures', d.name));

describe('checkGold', () => {
  const article = (gold: object, text: string) => ({ gold: { id: 'x', language: 'en', stances: [], agreements: [], ...gold } as never, text, path: 'x' });

  it('finds evidence that is not verbatim, unknown codes and targets, and self-pairs', () => {
    const problems = checkGold(
      article(
        {
          stances: [
            {
              country: 'EG',
              issue: 'syria',
              positions: [
                { code: 'ceasefire', polarity: 1, evidence: ['calls for a truce'] },
                { code: 'no_such_code', polarity: 1 },
              ],
            },
          ],
          agreements: [{ a: 'EG', b: 'EG', issue: 'syria', label: 'agree' }],
          relations: [{ source: 'EG', target: 'martians', issue: 'syria', polarity: -1 }],
        },
        'Egypt calls for a ceasefire.',
      ),
      defaultLexicon(),
    );
    expect(problems).toEqual([
      'stance EG syria ceasefire: evidence is not in the text: "calls for a truce"',
      'stance EG syria: unknown position code no_such_code',
      'agreement EG-EG syria: a country paired with itself',
      'relation EG->martians syria: unknown actor martians',
    ]);
  });

  it('accepts a clean reading', () => {
    const text = 'Egypt condemned the Houthis and called for a ceasefire in Yemen.';
    const gold = {
      stances: [{ country: 'EG', issue: 'yemen', positions: [{ code: 'ceasefire', polarity: 1, evidence: ['called for a ceasefire in Yemen'] }] }],
      relations: [{ source: 'EG', target: 'houthis', issue: 'yemen', polarity: -1, evidence: ['Egypt condemned the Houthis'] }],
    };
    expect(checkGold(article(gold, text), defaultLexicon())).toEqual([]);
  });
});

// Every gold reading the project keeps must stay checkable: verbatim evidence, known ids.
describe.each(fixtureDirs)('gold readings in %s', (dir) => {
  const { articles, skipped } = loadGold([dir]);
  it.skipIf(articles.length === 0)(
    `are valid (${articles.length} read${skipped.length > 0 ? `, ${skipped.length} skipped without ../shared/corpus` : ''})`,
    () => {
      const problems = articles.flatMap((a) => checkGold(a, defaultLexicon()).map((p) => `${a.path}: ${p}`));
      expect(problems).toEqual([]);
    },
  );
});

it('has a fixtures folder with gold readings', () => {
  expect(existsSync(join(root, 'fixtures'))).toBe(true);
  expect(fixtureDirs.length).toBeGreaterThan(0);
});
