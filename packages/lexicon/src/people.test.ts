import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@accord/parser';
import { describe, expect, it } from 'vitest';
import { buildPeopleFile, STAMP } from '../../../scripts/build-people.js';
import generated from '../data/people.generated.json' with { type: 'json' };
import { compileLexicon } from './compile.js';
import { defaultLexiconData } from './data.js';
import { personSchema } from './schema.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = `${repoRoot}packages/lexicon/data`;
const csvPath = `${process.env.ACCORD_CORPUS ?? `${repoRoot}../shared/corpus`}/speakers_by_session.csv`;

describe('the generated people lexicon', () => {
  it('is stamped as generated', () => {
    expect(generated.$comment).toBe(STAMP);
    expect(generated.people.length).toBeGreaterThan(1000);
  });

  it('validates every entry against the person schema', () => {
    const bad = generated.people.filter((p) => !personSchema.safeParse(p).success).map((p) => p.names.en[0]);
    expect(bad).toEqual([]);
  });

  it('has no two entries for one name, country, role and first year', () => {
    const keys = generated.people.map((p) => `${p.names.en[0]}|${p.country}|${p.role}|${p.from}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('leaves out people the hand-written lexicon already names', () => {
    const people = defaultLexiconData.people;
    const shoukry = people.filter((p) => p.names.en?.some((n) => /shoukry/i.test(n)));
    expect(shoukry.map((p) => p.country)).toEqual(['EG']);
  });

  it.skipIf(!existsSync(csvPath))('is what the script builds from the speaker list', () => {
    const built = buildPeopleFile({ csv: readFileSync(csvPath, 'utf8'), dataDir });
    expect(built === readFileSync(`${dataDir}/people.generated.json`, 'utf8'), 'people.generated.json is stale: run pnpm lexicon:people').toBe(true);
  });
});

describe('resolving a person by the article date', () => {
  const lexicon = compileLexicon(defaultLexiconData);
  const speakers = (text: string, date?: string) =>
    parseArticle({ text, date, lexicon }).sentences.flatMap((s) =>
      s.clauses.map((c) => c.speaker && { name: c.speaker.actor.name, countries: c.speaker.countries }),
    );

  it('keeps hand-written people as they were', () => {
    expect(speakers('Foreign Minister Sameh Shoukry said the talks must resume.', '2016-05-10')).toEqual([{ name: 'Sameh Shoukry', countries: ['EG'] }]);
  });

  // Robert Dussey spoke for Togo as foreign minister from 2014 to 2023; only the generated data knows him.
  it('attributes a generated person to their country inside their years', () => {
    expect(speakers('Foreign Minister Robert Dussey said the talks must resume.', '2016-05-10')).toEqual([{ name: 'Robert Dussey', countries: ['TG'] }]);
  });

  it('does not attribute them years outside their term', () => {
    expect(speakers('Foreign Minister Robert Dussey said the talks must resume.', '2005-05-10')).toEqual([{ name: 'Robert Dussey', countries: [] }]);
  });
});
