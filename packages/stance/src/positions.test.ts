import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const positions = (text: string, options: { speakerCountry?: string; date?: string } = {}) =>
  analyze({ text, sentences: false, ...options })
    .stances.flatMap((s) => s.positions.map((p) => `${s.country} ${s.issue} ${p.code} ${p.polarity > 0 ? '+1' : '-1'}`))
    .sort();

describe('positions', () => {
  it.each([
    // The terrorism issue lists the codes of other issues it admits: restoring security said of ISIS is none of them.
    [
      'a code the terrorism issue does not list',
      'قال وزير الخارجية السعودي عادل الجبير إن المملكة ستعمل لدحر داعش وإرساء الأمن والاستقرار.',
      ['SA terrorism counter_terrorism +1'],
      ['SA terrorism stability_security +1'],
    ],
    // Words that condemn do not cancel each other; a plain negation turns them back.
    [
      'two words of condemnation',
      'وأعرب وزير الخارجية السعودي عادل الجبير عن إدانة المملكة واستنكارها للجريمة الإرهابية في القدس.',
      ['SA terrorism counter_terrorism +1'],
      [],
    ],
    [
      'condemning and rejecting',
      'Saudi Foreign Minister Adel al-Jubeir said the Kingdom condemns and rejects settlement activities in the West Bank.',
      ['SA palestine unilateral_measures -1'],
      ['SA palestine unilateral_measures +1'],
    ],
    // "لن ... إلا": the except inside the cue restricts the negation before it.
    [
      'no solution but a political one',
      'قال وزير الخارجية المصري سامح شكري إن الحل في سوريا لن يكون إلا سياسيا.',
      ['EG syria political_solution +1'],
      ['EG syria political_solution -1'],
    ],
    // An official naming the coup against legitimacy backs the legitimate government (annotation convention 15), "against" or not.
    [
      'the coup against legitimacy',
      'Yemeni Foreign Minister Ahmed Awad bin Mubarak said the coup d’etat by the Houthi militias against the constitutional legitimacy has caused suffering in Yemen.',
      ['YE yemen incumbent_government +1'],
      ['YE yemen incumbent_government -1'],
    ],
    // Who leads a process is not the sovereignty the guide lists (integrity, non-interference, foreign forces leaving).
    [
      'a Yemeni-led dialogue',
      'قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعو إلى استئناف الحوار السياسي بقيادة يمنية.',
      ['SA yemen political_solution +1'],
      ['SA yemen sovereignty +1'],
    ],
    [
      'a Syrian-led process',
      'Saudi Foreign Minister Adel al-Jubeir said the Kingdom supports a Syrian-led political process.',
      ['SA syria political_solution +1'],
      ['SA syria sovereignty +1'],
    ],
    // "The Libyan political agreement" is a negotiated settlement in Arabic as "Political Agreement" is in English.
    [
      'the political agreement',
      'وقال وزير الخارجية المصري سامح شكري إن مسودة الاتفاقية السياسية الليبية خارطة طريق حقيقية.',
      ['EG libya political_solution +1'],
      [],
    ],
    [
      'the Political Agreement',
      'Egyptian Foreign Minister Sameh Shoukry said the Libyan Political Agreement is a real roadmap.',
      ['EG libya political_solution +1'],
      [],
    ],
  ])('%s', (_, text, present, absent) => {
    const found = positions(text, { date: '2015-08-03' });
    expect(found).toEqual(expect.arrayContaining(present));
    for (const key of absent) expect(found).not.toContain(key);
  });

  it('reads "الأسد" as Assad only in an article that names Syria otherwise, and "أسد" never', () => {
    const lion =
      'وقوبل قتل سيسيل، وهو أسد بري في زيمبابوي، بغضب عالمي. وقال وزير خارجية الغابون إنه يأمل في أن يؤدي هذا القرار الأممي إلى وقف الصيد الجائر، بعد قتل الأسد سيسيل.';
    expect(positions(lion).filter((p) => p.includes(' syria '))).toEqual([]);
    const syria = 'وقال وزير الخارجية السعودي عادل الجبير إن الأسد يجب أن يرحل وإن الحل في سوريا يكون وفق القرار الأممي.';
    expect(positions(syria)).toContain('SA syria un_framework +1');
  });

  it('reads unilateral steps under Palestine when no issue is named, unless a state outside the issues is', () => {
    expect(positions('It is essential that both parties refrain from unilateral steps.', { speakerCountry: 'NLD' })).toContain(
      'NL palestine unilateral_measures -1',
    );
    expect(positions('وندعو الطرفين إلى الامتناع عن الخطوات الأحادية.', { speakerCountry: 'JOR' })).toContain('JO palestine unilateral_measures -1');
    expect(positions('We reject unilateral measures against Cuba.', { speakerCountry: 'MEX' })).toEqual([]);
  });
});
