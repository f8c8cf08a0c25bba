import { describe, expect, it } from 'vitest';
import { countryCode, countryCodes, issueId, knownCountry, relationTarget, relationTargets } from './country.js';

describe('country codes', () => {
  it('takes alpha-2 and alpha-3 in any case, and names an unknown code one way', () => {
    expect(countryCode('eg')).toBe('EG');
    expect(countryCode(' EGY ')).toBe('EG');
    expect(() => countryCode('XX')).toThrow(/^\[accord\/ingest\] unknown country code "XX": use ISO 3166-1 alpha-2 \(SY\) or alpha-3 \(SYR\)$/);
    expect(knownCountry('XX')).toBeUndefined();
  });

  it('reads a comma list once per country, sorted, with empty entries left out', () => {
    expect(countryCodes('RUS, eg,EG,')).toEqual(['EG', 'RU']);
    expect(countryCodes('')).toEqual([]);
    expect(() => countryCodes('EG,ZZ')).toThrow(/unknown country code "ZZ"/);
  });

  it('reads a relation target as a country code or an actor id, and names the actors for anything else', () => {
    expect(relationTarget('yem')).toBe('YE');
    expect(relationTarget(' Houthis ')).toBe('houthis');
    expect(relationTargets('houthis, YEM,,lna')).toEqual(['YE', 'houthis', 'lna']);
    expect(() => relationTarget('rebels')).toThrow(
      expect.objectContaining({
        code: 'unknown_target',
        message: expect.stringMatching(/unknown relation target "rebels": a country code \(SY or SYR\) or one of syrian_opposition, /),
      }),
    );
  });

  it('takes the issues the lexicon knows, and names them all for one it does not', () => {
    expect(issueId('syria')).toBe('syria');
    expect(() => issueId('mars')).toThrow(/unknown issue "mars": one of syria, /);
  });
});
