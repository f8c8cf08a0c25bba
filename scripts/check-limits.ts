// Reports what breaks the house limits of issue 10 in packages/*/src and apps/*/src: files over 300
// lines, functions over 80 lines, and import circles (type-only imports count: they tie the rooms
// together just the same). A test's `describe` callback is a group of tests, not a function, so it is
// not measured; its `it` callbacks and helpers are. It only reports and exits 0; `--fail` makes any
// finding exit 1.
//
//   pnpm exec tsx scripts/check-limits.ts            # the whole repository
//   pnpm exec tsx scripts/check-limits.ts packages/parser packages/stance --fail
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 80;

export interface LimitReport {
  longFiles: Array<{ file: string; lines: number }>;
  longFunctions: Array<{ file: string; line: number; name: string; lines: number }>;
  /** Each circle as the files in it, in import order. */
  cycles: string[][];
  /** The longest file and function seen, whether or not over the limit. */
  largest: { file: string; lines: number };
  longest: { file: string; line: number; name: string; lines: number };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `.ts` file under the `src` folders of the given package folders (relative to the repository). */
function sourceFiles(packages: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (name === 'node_modules') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const p of packages) {
    const src = resolve(repoRoot, p, 'src');
    if (existsSync(src)) walk(src);
  }
  return out;
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node)
  );
}

function isDescribeBlock(node: ts.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && ts.isCallExpression(parent) && /^describe\b/.test(parent.expression.getText());
}

/** Where a module specifier points inside the repository, if it does: a relative file or an `@accord/*` package. */
function resolveImport(from: string, spec: string, packages: Map<string, string>): string | undefined {
  if (spec.startsWith('.')) {
    const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
    for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
    return undefined;
  }
  const m = spec.match(/^@accord\/([^/]+)$/);
  return m ? packages.get(m[1]!) : undefined;
}

function importsOf(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const st of source.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier))
      out.push(st.moduleSpecifier.text);
  }
  return out;
}

/** Strongly connected components of more than one file (Tarjan), each a circle of imports. */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.reverse());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

/**
 * Measures the given package folders (default: every package and app).
 *
 * @example
 * checkLimits(['packages/parser']).longFiles; // [] when no file is over 300 lines
 */
export function checkLimits(packages = defaultPackages()): LimitReport {
  const byName = new Map<string, string>();
  for (const dir of readdirSync(join(repoRoot, 'packages'))) byName.set(dir, join(repoRoot, 'packages', dir, 'src', 'index.ts'));
  const report: LimitReport = {
    longFiles: [],
    longFunctions: [],
    cycles: [],
    largest: { file: '', lines: 0 },
    longest: { file: '', line: 0, name: '', lines: 0 },
  };
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(packages)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(repoRoot, file);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > report.largest.lines) report.largest = { file: rel, lines };
    if (lines > MAX_FILE_LINES) report.longFiles.push({ file: rel, lines });
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (isFunction(node) && node.body && !isDescribeBlock(node)) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const found = { file: rel, line: first + 1, name: functionName(node), lines: last - first + 1 };
        if (found.lines > report.longest.lines) report.longest = found;
        if (found.lines > MAX_FUNCTION_LINES) report.longFunctions.push(found);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    graph.set(
      file,
      importsOf(source)
        .map((spec) => resolveImport(file, spec, byName))
        .filter((f): f is string => f !== undefined),
    );
  }
  report.cycles = circles(graph).map((c) => c.map((f) => relative(repoRoot, f)));
  return report;
}

function defaultPackages(): string[] {
  return ['packages', 'apps'].flatMap((top) => readdirSync(join(repoRoot, top)).map((d) => `${top}/${d}`));
}

function main(argv: string[]): number {
  const fail = argv.includes('--fail');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const r = checkLimits(dirs.length > 0 ? dirs : undefined);
  for (const f of r.longFiles) console.log(`file over ${MAX_FILE_LINES} lines: ${f.file} (${f.lines})`);
  for (const f of r.longFunctions) console.log(`function over ${MAX_FUNCTION_LINES} lines: ${f.file}:${f.line} ${f.name} (${f.lines})`);
  for (const c of r.cycles) console.log(`import circle: ${c.join(' -> ')} -> ${c[0]}`);
  console.log(
    `largest file ${r.largest.file} (${r.largest.lines} lines); longest function ${r.longest.file}:${r.longest.line} ${r.longest.name} (${r.longest.lines} lines)`,
  );
  const findings = r.longFiles.length + r.longFunctions.length + r.cycles.length;
  console.log(findings === 0 ? 'within the limits' : `${findings} findings`);
  return fail && findings > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
