import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

// What a speaker's words hold and what they do not (rule 13), as the UN speeches phrase it.
const relations = (text: string, speakerCountry = 'USA') =>
  analyze({ text, speakerCountry, sentences: false, date: '2013-09-24' })
    .relations.map((r) => `${r.source}->${r.target} ${r.issue} ${r.polarity > 0 ? '+1' : '-1'}`)
    .sort();

const PALESTINE = 'We are determined to resolve the conflict between Palestinians and Israelis. ';

describe('relations in speeches', () => {
  it('backs the state whose security or friendship the speaker commits to, a name the pattern holds being no place', () => {
    expect(relations(`${PALESTINE}America's commitment to Israel's security is unshakeable.`)).toEqual(['US->IL palestine +1']);
    expect(relations(`${PALESTINE}Our friendship with Israel is deep and enduring.`)).toEqual(['US->IL palestine +1']);
  });

  it('reads no backing into a commitment to principles', () => {
    expect(relations('Russia remained committed to the sovereignty and territorial integrity of Syria.', 'RUS')).toEqual([]);
  });

  it('takes a charge it reports for no backing of its own', () => {
    expect(relations('Egypt was simultaneously accused of supporting the Muslim Brotherhood and of engineering its removal.', 'EGY')).not.toContain(
      'EG->muslim_brotherhood terrorism +1',
    );
  });

  it('does not reach into a relative clause for the object of a backing word', () => {
    expect(relations('We supported the French intervention that successfully pushed back Al-Qaida in Mali.')).not.toContain('US->al_qaeda terrorism +1');
  });

  it('lets a word for allies hold only the name beside it', () => {
    expect(relations("Russia and our allies have reached an agreement to place Syria's chemical weapons under international control.")).not.toContain(
      'US->SY syria +1',
    );
  });

  it("reads no Palestinian matter into another state's occupation", () => {
    const analysis = analyze({
      text: `${PALESTINE}The illegal annexation and occupation of Crimea is a clear breach of international law.`,
      speakerCountry: 'CAN',
    });
    expect(analysis.relations).toEqual([]);
    expect(analysis.stances.filter((s) => s.issue === 'palestine' && s.positions.some((p) => p.evidence.some((e) => e.text.includes('Crimea'))))).toEqual([]);
  });

  it('gives a speech\'s "agrees on ..." to the speaker alone, and reads "Latin American" as no American statement', () => {
    const text =
      'The United States has vetoed the resolution. The United States must respect the will of the Assembly. ' +
      'The Plurinational State of Bolivia, like other Latin American countries, agrees on the need to end the occupation of the Palestinian territories.';
    const analysis = analyze({ text, speakerCountry: 'BOL', sentences: false });
    expect(analysis.stances.map((s) => s.country)).not.toContain('US');
    expect(analysis.relations.filter((r) => r.source !== 'BO')).toEqual([]);
  });
});
