import { describe, expect, it } from 'vitest';
import { parseRange, runs, type EvidenceSpan } from './highlight';

const span = (start: number, end: number, country = 'EG'): EvidenceSpan => ({ start, end, country, issue: 'syria', kind: 'position' });

describe('runs', () => {
  it('cuts the text at every boundary and keeps it whole', () => {
    const text = 'Egypt said no military solution in Syria.';
    const out = runs(text, [span(11, 31), span(0, 41, 'RU')], [{ start: 0, end: 5, name: 'Egypt', country: 'EG' }]);
    expect(out.map((r) => r.text).join('')).toBe(text);
    const inner = out.find((r) => r.text === 'no military solution')!;
    expect(inner.spans.map((s) => s.country)).toEqual(['EG', 'RU']);
    expect(out[0]!.mention?.name).toBe('Egypt');
  });

  it('ignores spans outside the text instead of failing', () => {
    expect(runs('short', [span(3, 99), span(4, 4)], []).map((r) => r.text)).toEqual(['short']);
  });

  it('keeps Arabic offsets exact', () => {
    const text = 'أكد الجانبان دعم الحل السياسي';
    const start = text.indexOf('الحل');
    const out = runs(text, [span(start, text.length)], []);
    expect(out.at(-1)!.text).toBe('الحل السياسي');
  });
});

describe('parseRange', () => {
  it('reads start-end and refuses anything else', () => {
    expect(parseRange('128-224')).toEqual({ start: 128, end: 224 });
    expect(parseRange('9-3')).toBeNull();
    expect(parseRange(null)).toBeNull();
  });
});
