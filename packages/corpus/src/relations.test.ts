import { describe, expect, it } from 'vitest';
import { relationMatrix, scopedRelationMatrix } from './relations.js';
import type { CorpusScope } from './scope.js';
import { relation } from './test-records.js';

const yemen = (story: string, date: string | null = '2016-05-01', article = story) => ({ story, article, date, issue: 'yemen' });

// SA blames the Houthis in two stories (one reprinted by a second outlet), backs them in none; IR
// backs them; AE blames them once and, in the same story, backs them (a mixed story).
const relations = [
  relation('SA', 'houthis', -1, yemen('s1', '2016-05-01')),
  relation('SA', 'houthis', -1, yemen('s1', '2016-05-02', 'reprint')),
  relation('SA', 'houthis', -1, yemen('s2', '2017-01-10')),
  relation('SA', 'YE', 1, yemen('s2', '2017-01-10')),
  relation('IR', 'houthis', 1, yemen('s3', null)),
  relation('AE', 'houthis', -1, yemen('s4')),
  relation('AE', 'houthis', 1, yemen('s4')),
  relation('SA', 'houthis', -1, { story: 's9', issue: 'terrorism' }),
];

describe('relationMatrix', () => {
  const matrix = relationMatrix({ relations, issue: 'yemen' });
  const cell = (source: string, target: string) => matrix.cells.find((c) => c.source === source && c.target === target);

  it('counts stories backing and blaming per source and target, reprints once, and nets them', () => {
    expect(matrix.sources).toEqual(['AE', 'IR', 'SA']);
    expect(matrix.targets).toEqual(['YE', 'houthis']);
    expect(cell('SA', 'houthis')).toMatchObject({ backs: 0, blames: 2, net: -1, articles: 3, stories: 2 });
    expect(cell('IR', 'houthis')).toMatchObject({ backs: 1, blames: 0, net: 1 });
    expect(cell('AE', 'houthis')).toMatchObject({ backs: 1, blames: 1, net: 0, stories: 1 });
    expect(matrix.cells.map((c) => `${c.source}>${c.target}`)).toEqual(['AE>houthis', 'IR>houthis', 'SA>YE', 'SA>houthis']);
  });

  it('gives the evidence newest first, undated last, with its polarity, up to the limit', () => {
    expect(cell('SA', 'houthis')!.evidence.map((e) => [e.articleId, e.polarity])).toEqual([
      ['s2', -1],
      ['reprint', -1],
      ['s1', -1],
    ]);
    expect(relationMatrix({ relations, issue: 'yemen', evidenceLimit: 1 }).cells.every((c) => c.evidence.length === 1)).toBe(true);
  });

  it('narrows to the sources and targets asked for, or the top few by stories', () => {
    expect(relationMatrix({ relations, issue: 'yemen', sources: ['SA'], targets: ['houthis'] }).cells).toEqual([cell('SA', 'houthis')]);
    const top = relationMatrix({ relations, issue: 'yemen', top: 1 });
    expect([top.sources, top.targets]).toEqual([['SA'], ['houthis']]);
    expect(relationMatrix({ relations, issue: 'libya' })).toEqual({ issue: 'libya', sources: [], targets: [], cells: [] });
  });

  it('reads the whole issue over a scope, its countries the stating countries shown', async () => {
    const reads: CorpusScope[] = [];
    const source = { relations: async (scope: CorpusScope) => (reads.push(scope), relations) };
    const scoped = await scopedRelationMatrix({ source, scope: { from: '2016-01-01', countries: ['IR'] }, issue: 'yemen' });
    expect(reads).toEqual([{ from: '2016-01-01', issue: 'yemen' }]);
    expect(scoped.cells).toEqual([cell('IR', 'houthis')]);
  });
});
