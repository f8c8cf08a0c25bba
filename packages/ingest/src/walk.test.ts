import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from './read.js';
import { expandPaths } from './walk.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-walk-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Egypt supports a ceasefire in Libya.');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Russia supports a ceasefire in Libya.');
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
  symlinkSync('self.txt', join(dir, 'self.txt'));
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('/proc/self/status', join(dir, 'proc.txt'));
  symlinkSync('/proc/self', join(dir, 'procdir'));
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandPaths and readArticles on what a folder may hold', () => {
  it('skips dangling links, link loops, FIFOs, devices and /proc, naming each, and keeps the good files', () => {
    const { files, failures } = expandPaths([dir]);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.txt')]);
    const why = Object.fromEntries(failures.map((f) => [f.origin.slice(dir.length + 1), f.message]));
    expect(why).toEqual({
      'dangling.txt': 'cannot read: a symbolic link to nothing',
      'pipe.txt': 'skipped: not a regular file (a FIFO, socket or device)',
      'proc.txt': 'skipped: /proc, /sys and /dev hold no articles',
      procdir: 'skipped: /proc, /sys and /dev hold no articles',
      'self.txt': 'cannot read: a symbolic link loop',
      'sub/up': 'skipped: a symbolic link loop (a folder inside itself)',
      'zero.txt': 'skipped: /proc, /sys and /dev hold no articles',
    });
  });

  it('refuses a FIFO, a device or a /proc file given by name, without blocking or reading forever', () => {
    expect(() => readArticles(join(dir, 'pipe.txt'))).toThrow(/not a regular file/);
    for (const path of ['/dev/zero', '/proc/self/status', join(dir, 'proc.txt')]) expect(() => readArticles(path)).toThrow(/hold no articles/);
    expect(expandPaths(['/proc']).failures).toEqual([{ origin: '/proc', message: 'skipped: /proc, /sys and /dev hold no articles' }]);
  });
});
