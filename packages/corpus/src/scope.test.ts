import { describe, expect, it } from 'vitest';
import { agreementMatrix } from './matrix.js';
import { corpusScope, scopedMatrix, type CorpusScope, type RecordSource } from './scope.js';
import { position, relation } from './test-records.js';

describe('corpusScope', () => {
  it('keeps what is set, leaves out what is empty, and names a bad field the way the host writes it', () => {
    expect(corpusScope({ from: '2015-01-01', to: '', source: 'spa', language: 'ar', countries: [], issue: 'syria' })).toEqual({
      from: '2015-01-01',
      source: 'spa',
      language: 'ar',
      issue: 'syria',
    });
    expect(() => corpusScope({ from: '2025-01-01', to: '2020-01-01' }, { name: (f) => `--${f}` })).toThrow(
      /--from 2025-01-01 is after --to 2020-01-01: swap them, or leave one out/,
    );
    expect(() => corpusScope({ to: '2021-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_filter', field: 'to', message: expect.stringMatching(/to must be YYYY-MM-DD, not "2021-02-30"/) }),
    );
    expect(() => corpusScope({ language: 'fr' })).toThrow(expect.objectContaining({ field: 'language' }));
  });
});

describe('scopedMatrix', () => {
  const positions = [
    position('EG', 'political_solution', 1, { story: 's1' }),
    position('RU', 'political_solution', 1, { story: 's2' }),
    position('US', 'political_solution', -1, { story: 's3' }),
    position('FR', 'ceasefire', 1, { story: 's4' }),
    position('US', 'ceasefire', -1, { story: 's5' }),
    position('FR', 'ceasefire', 1, { story: 's6' }),
  ];
  const relations = [
    relation('EG', 'SY', 1, { story: 's1' }),
    relation('RU', 'SY', 1, { story: 's2' }),
    relation('RU', 'SY', 1, { story: 's8' }),
    relation('US', 'SY', -1, { story: 's3' }),
    relation('US', 'SY', -1, { story: 's9' }),
    relation('EG', 'syrian_opposition', -1, { story: 's7' }),
  ];
  const reads: CorpusScope[] = [];
  const source: RecordSource = {
    positions: async (scope) => {
      reads.push(scope);
      return positions.filter((p) => !scope.countries || scope.countries.includes(p.country));
    },
    agreements: async () => [],
    relations: async (scope) => {
      reads.push(scope);
      return relations.filter((r) => !scope.countries || scope.countries.includes(r.source));
    },
  };

  it('reads the whole issue, relations too, and lets countries narrow only the cells, never their values', async () => {
    const narrowed = await scopedMatrix({ source, scope: { countries: ['EG', 'RU'] }, issue: 'syria' });
    expect(reads).toHaveLength(2);
    expect(reads.every((scope) => scope.countries === undefined && scope.issue === 'syria')).toBe(true);
    const whole = agreementMatrix({ positions, agreements: [], relations, issue: 'syria' });
    expect(narrowed.countries).toEqual(['EG', 'RU']);
    expect(narrowed.cells).toEqual(whole.cells.filter((c) => c.a === 'EG' && c.b === 'RU'));
    // Backing Damascus together, against the US who blames it: the cell's alignment says so, and why.
    const egRu = narrowed.cells[0]!;
    expect(egRu.alignment).toBeGreaterThan(0);
    expect(egRu.alignmentParts.find((p) => p.key === 'SY')).toMatchObject({ kind: 'relation', a: 1, b: 1 });
    expect(whole.cells.find((c) => c.a === 'EG' && c.b === 'US')!.alignment).toBeLessThan(0);
  });
});
