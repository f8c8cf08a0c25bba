import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectLanguage } from './decode.js';
import { TextError } from './error.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const badinput = resolve(repoRoot, '../shared/badinput');
const cp1256File = resolve(badinput, 'cp1256-arabic.txt');
const binaryFile = resolve(badinput, 'binary.bin');
const sample = 'قال وزير الخارجية سامح شكري إن مصر تدعم الحل السياسي في سوريا.';

const utf16 = (text: string, bigEndian: boolean, bom = true): Uint8Array => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, !bigEndian);
    o = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(o + i * 2, text.charCodeAt(i), !bigEndian);
  return bytes;
};

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TextError);
    return (error as TextError).code;
  }
  return undefined;
};

describe('decodeBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8', lossy: false });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(sample);
    expect(decoded.encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE and UTF-16BE with a byte-order mark', () => {
    const le = decodeBytes(utf16(sample, false));
    expect(le.text).toBe(sample);
    expect(le.encoding).toBe('utf-16le');
    const be = decodeBytes(utf16(sample, true));
    expect(be.text).toBe(sample);
    expect(be.encoding).toBe('utf-16be');
  });

  it('recognises Arabic UTF-16LE without a byte-order mark', () => {
    const decoded = decodeBytes(utf16(sample, false, false));
    expect(decoded.text).toBe(sample);
    expect(decoded.encoding).toBe('utf-16le');
  });

  it.skipIf(!existsSync(cp1256File))('detects Windows-1256 Arabic (badinput/cp1256-arabic.txt)', () => {
    const bytes = readFileSync(cp1256File);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.lossy).toBe(false);
    expect(decoded.text).toContain('سامح شكري');
    expect(detectLanguage(decoded.text)).toBe('ar');
    expect(decodeBytes(bytes, { encoding: 'windows-1256' }).text).toBe(decoded.text);
  });

  it('replaces a few broken UTF-8 bytes and says it did', () => {
    const good = new TextEncoder().encode(sample);
    const bytes = new Uint8Array([...good.subarray(0, 20), 0xff, 0xc3, ...good.subarray(20)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.lossy).toBe(true);
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.text).toContain('سامح شكري');
  });

  it('gives an empty text for no bytes', () => {
    expect(decodeBytes(new Uint8Array(0)).text).toBe('');
  });

  it('rejects binary bytes with code not_text', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256);
    expect(codeOf(() => decodeBytes(noise))).toBe('not_text');
    expect(codeOf(() => decodeBytes(new Uint8Array(1000)))).toBe('not_text');
  });

  it.skipIf(!existsSync(binaryFile))('rejects badinput/binary.bin with code not_text', () => {
    expect(codeOf(() => decodeBytes(readFileSync(binaryFile)))).toBe('not_text');
  });

  it('rejects an encoding label it does not know with code unknown_encoding', () => {
    const bytes = new TextEncoder().encode(sample);
    expect(codeOf(() => decodeBytes(bytes, { encoding: 'klingon-8' }))).toBe('unknown_encoding');
    expect(decodeBytes(bytes, { encoding: 'UTF-8' }).text).toBe(sample);
  });

  it('returns text or throws a TextError on any bytes, never anything else (property)', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.string({ maxLength: 100 }), fc.uint8Array({ maxLength: 4 })).map(([s, b]) => new Uint8Array([...new TextEncoder().encode(s), ...b])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        try {
          expect(typeof decodeBytes(b).text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(TextError);
        }
      }),
    );
  });
});

describe('detectLanguage', () => {
  it('tells Arabic from English and defaults to en', () => {
    expect(detectLanguage('قال لافروف')).toBe('ar');
    expect(detectLanguage('Lavrov said talks would resume')).toBe('en');
    expect(detectLanguage('Lavrov (لافروف) قال إن المحادثات ستستأنف')).toBe('ar');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('2017 — 42 !!!')).toBe('en');
  });
});
