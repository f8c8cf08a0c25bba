import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const relations = (text: string, options: { speakerCountry?: string; date?: string } = {}) =>
  analyze({ text, sentences: false, ...options })
    .relations.map((r) => `${r.source}->${r.target} ${r.issue} ${r.polarity > 0 ? '+1' : '-1'}`)
    .sort();

describe('relations', () => {
  it.each([
    ['a blaming verb and its object', 'قال وزير الخارجية السعودي عادل الجبير إن المملكة تدين التدخل الإيراني في اليمن.', ['SA->IR yemen -1']],
    ['a backing verb and its object', 'وقال وزير الخارجية المصري سامح شكري إن مصر تدعم الحكومة الشرعية في اليمن.', ['EG->YE yemen +1']],
    ['a hostile noun whose doer is named', 'Foreign Minister Ayman Safadi of Jordan said the Israeli aggression on Gaza must end.', ['JO->IL palestine -1']],
    ['a group called terrorist', 'Foreign Minister Sergei Lavrov said Russia would keep fighting Daesh in Syria.', ['RU->isis terrorism -1']],
    [
      'praise of a possessive',
      'Secretary of State John Kerry said the US supports Israel’s right to self-defence against Hamas rockets.',
      ['US->IL palestine +1', 'US->hamas palestine -1'],
    ],
  ])('%s', (_, text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['a place is no target', 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحل السياسي في سوريا.'],
    ['backing denied is no blame', 'وانتقد لافروف واشنطن لعدم قيامها بالتنسيق مع سوريا في الحرب على الإرهاب.'],
    [
      'the backer of "supported by" is no target of the backing',
      'Yemen’s Foreign Minister said the Houthi militias are supported by the Iranian regime in Yemen.',
    ],
  ])('%s', (_, text) => {
    const found = relations(text);
    expect(found.some((r) => /->SY .*\+1|->SY .*-1 /.test(r) && r.startsWith('RU->SY'))).toBe(false);
    expect(found.filter((r) => r.endsWith('+1') && / (->IR|->SY)/.test(` ${r}`))).toEqual([]);
  });

  it("gives a speech its speaker's relations, and the states it names are targets, not holders (rule 13)", () => {
    const text =
      'We condemn the Israeli occupation of Palestinian lands. Israel continues to build settlements. We support the legitimate Government of Yemen.';
    const analysis = analyze({ text, speakerCountry: 'EGY', sentences: false });
    expect(analysis.stances.every((s) => s.country === 'EG')).toBe(true);
    expect(relations(text, { speakerCountry: 'EGY' })).toEqual(expect.arrayContaining(['EG->IL palestine -1', 'EG->YE yemen +1']));
  });

  it("blames another state's backing when it is rejected or backs what is blamed, and takes nothing from it for the backed", () => {
    const rejected = relations('وقال وزير الخارجية السعودي عادل الجبير إن المملكة ترفض دعم إيران للإرهاب.');
    expect(rejected).toContain('SA->IR terrorism -1');
    const blamed = relations('وقال وزير الخارجية السعودي عادل الجبير إن مأساة الشعب السوري مردها إلى دعم طهران لنظام بشار الأسد.');
    expect(blamed).toContain('SA->IR syria -1');
    expect(blamed.filter((r) => r.startsWith('SA->') && r.endsWith('+1'))).toEqual([]);
    // The holders' own backing stays theirs ("تقدير موسكو للدور المصري" said for Moscow).
    expect(relations('قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تعرب عن دعم موسكو للدور المصري في ليبيا.')).toContain('RU->EG libya +1');
  });

  it('blames every member of a list a terror label heads, across the clauses the commas make', () => {
    const found = relations('We must confront extremist and terrorist groups such as the Houthis, Da’esh, Al-Qaida, the Muslim Brotherhood and Hizbullah.', {
      speakerCountry: 'ARE',
    });
    expect(found).toEqual(expect.arrayContaining(['AE->houthis terrorism -1', 'AE->muslim_brotherhood terrorism -1', 'AE->hezbollah terrorism -1']));
  });

  it('blames the group that a backed party confronts, in both languages', () => {
    const ar = relations('وأعرب وزير الخارجية السعودي عادل الجبير عن التضامن مع الشعب العراقي في تصديه لمنظمة داعش الإرهابية.');
    expect(ar).toContain('SA->isis terrorism -1');
    expect(ar).not.toContain('SA->isis terrorism +1');
    const en = relations('Foreign Minister Adel al-Jubeir expressed solidarity with the Iraqi people in their confrontation of Daesh.');
    expect(en).toContain('SA->isis terrorism -1');
    expect(en).not.toContain('SA->isis terrorism +1');
  });

  it('backs the position a backing word names first, not the states named after it', () => {
    const en = relations(
      'Foreign Minister Vivian Balakrishnan reiterated Singapore’s support for a negotiated two-state solution with Israel and Palestine living side-by-side in peace.',
    );
    expect(en.filter((r) => r.endsWith('+1'))).toEqual([]);
    const ar = relations('وقال وزير الخارجية المصري سامح شكري إن مصر تدعم حل الدولتين لإسرائيل وفلسطين تعيشان جنبا إلى جنب في سلام.');
    expect(ar.filter((r) => r.endsWith('+1'))).toEqual([]);
    // With no position between them, the backing word still reaches its target.
    expect(relations('وقال وزير الخارجية المصري سامح شكري إن مصر تدعم الحكومة الشرعية في اليمن.')).toContain('EG->YE yemen +1');
  });

  it('blames the backer of what is blamed, told in the passive, and no backer of what is not', () => {
    expect(relations('We condemn the Houthi terrorist militias supported by the Iranian regime.', { speakerCountry: 'YEM' })).toEqual(
      expect.arrayContaining(['YE->IR yemen -1', 'YE->houthis yemen -1']),
    );
    expect(relations('ندين الميليشيات الحوثية الإرهابية المدعومة من قبل النظام الإيراني في اليمن.', { speakerCountry: 'YEM' })).toContain('YE->IR yemen -1');
    const told = relations(
      "Saudi Arabia's foreign ministry said the kingdom stood by Egypt in its right to defend its borders. Haftar's forces, backed by Egypt, retreated after Turkish military support helped the Tripoli government in Libya.",
    );
    expect(told.filter((r) => r.startsWith('SA->') && r !== 'SA->EG libya +1')).toEqual([]);
  });

  it("blames the state a hostile noun's pronoun refers back to", () => {
    const found = relations('وقال وزير الخارجية السعودي عادل الجبير إن إيران يجب أن تغير سياستها العدوانية وتدخلها في اليمن.', { date: '2016-01-01' });
    expect(found).toContain('SA->IR yemen -1');
  });

  it('takes a leader for their state only while in office', () => {
    const text = 'Benghazi was where the resistance against Muammar Al-Qadhafi’s regime began.';
    expect(relations(text, { speakerCountry: 'ARG', date: '2012-09-25' }).filter((r) => r.includes('->LY'))).toEqual([]);
  });

  it('makes a direct relation between two countries an agreement signal', () => {
    const analysis = analyze({ text: 'قال وزير الخارجية السعودي عادل الجبير إن المملكة تدين التدخل الإيراني في اليمن.', sentences: false });
    expect(analysis.agreements.find((a) => a.a === 'IR' && a.b === 'SA' && a.issue === 'yemen')?.label).toBe('disagree');
  });

  it('emits relations for text with none as an empty list', () => {
    expect(analyze({ text: 'The weather in Oslo was fine.' }).relations).toEqual([]);
    expect(analyze({ text: '' }).relations).toEqual([]);
  });
});
