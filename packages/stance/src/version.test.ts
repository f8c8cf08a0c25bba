import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENGINE_REVISION, ENGINE_SOURCES, engineVersion, fnv1a } from './version.js';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE = ['text', 'lexicon', 'parser', 'stance'];

/** The engine's source files: every non-test `.ts` under the engine packages' `src`, but this digest's own file. */
function engineSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.ts') && !name.name.endsWith('.test.ts') && full !== fileURLToPath(new URL('./version.ts', import.meta.url)))
        files.push(full);
    }
  };
  for (const p of ENGINE) walk(join(packagesDir, p, 'src'));
  return files.sort();
}

// The code as its tokens: a comment, a JSDoc or a reformatting changes no output, so it changes no digest.
function codeTokens(text: string): string[] {
  const source = ts.createSourceFile('engine.ts', text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      if (node.kind !== ts.SyntaxKind.EndOfFileToken) out.push(node.getText(source));
      return;
    }
    for (const child of children) visit(child);
  };
  visit(source);
  return out;
}

/** The digest of the engine's code, file names included (a moved file is a change to look at). */
function engineSourcesDigest(): string {
  return fnv1a(
    engineSources()
      .map((f) => `${relative(packagesDir, f)}\n${codeTokens(readFileSync(f, 'utf8')).join(' ')}`)
      .join('\n'),
  );
}

describe('engineVersion', () => {
  it('is the code revision and a digest of the lexicon data', () => {
    expect(engineVersion()).toMatch(new RegExp(`^${ENGINE_REVISION.replaceAll('.', '\\.')}\\+lex\\.[0-9a-f]{8}$`));
  });

  it('was checked against the current engine code (ENGINE_SOURCES)', () => {
    const digest = engineSourcesDigest();
    expect(
      digest,
      `the engine's code changed since ENGINE_REVISION ${ENGINE_REVISION} was recorded: if the change can alter any analysis, ` +
        `bump ENGINE_REVISION in packages/stance/src/version.ts (stored analyses then read as stale); either way, set ENGINE_SOURCES = '${digest}'`,
    ).toBe(ENGINE_SOURCES);
  });

  it('ignores comments and layout', () => {
    expect(codeTokens('const x = 1; // one')).toEqual(codeTokens('/** the x */\nconst  x =\n  1;'));
    expect(codeTokens('const x = 1;')).not.toEqual(codeTokens('const x = 2;'));
  });
});
