import { describe, expect, it } from 'vitest';
import { readRelationFilters, relationKey, storiesLine } from './relations';

describe('readRelationFilters', () => {
  it('reads the issue, period, stating countries and targets from the URL, leaving out what is malformed', () => {
    const filters = readRelationFilters(new URL('http://x/relations?issue=yemen&from=2017-01-01&to=May&sources=sa,ir,X1&targets=houthis,YE,Bad-One'));
    expect(filters).toEqual({ issue: 'yemen', from: '2017-01-01', to: '', sources: ['SA', 'IR'], targets: ['houthis', 'YE'] });
    expect(readRelationFilters(new URL('http://x/relations'))).toMatchObject({ issue: 'syria', sources: [], targets: [] });
  });
});

describe('relationKey and storiesLine', () => {
  it('keys a cell by its ends in a form a URL keeps as written, and says its stories in words', () => {
    expect(relationKey('SA', 'houthis')).toBe('SA-houthis');
    expect(new URLSearchParams({ cell: relationKey('SA', 'arab_coalition') }).toString()).toBe('cell=SA-arab_coalition');
    expect(storiesLine({ backs: 1, blames: 2 })).toBe('backs in 1 story, blames in 2');
  });
});
