/**
 * Prints, per route of the production build, the JavaScript a first visit loads and its gzip size:
 * the client entry (start + app), the root layout and the route's page, with every chunk they
 * import statically. Reads SvelteKit's build output; run `pnpm build` first.
 *
 *   npx tsx apps/dashboard/scripts/bundle-size.ts [--max-kb 200]
 *
 * With --max-kb it exits 1 when the overview (/) loads more gzip KB than that.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const output = resolve(dirname(fileURLToPath(import.meta.url)), '../.svelte-kit/output');

interface RouteSize {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The JS list in a generated module's `export const <name> = [...]` (the server manifest and nodes). */
function listIn(source: string, pattern: RegExp): string[] {
  const match = pattern.exec(source);
  if (!match) throw new Error(`[dashboard] bundle-size: the build output has changed shape (no match for ${pattern})`);
  return JSON.parse(match[1]!) as string[];
}

/**
 * Per-route gzip size of the JavaScript a first visit loads, smallest route first.
 * @example routeSizes().find((r) => r.route === '/')!.gzipKb
 */
export function routeSizes(): RouteSize[] {
  const manifestPath = join(output, 'server/manifest.js');
  if (!existsSync(manifestPath)) throw new Error(`[dashboard] bundle-size: no build output at ${output}: run \`pnpm --filter @accord/dashboard build\` first`);
  const manifest = readFileSync(manifestPath, 'utf8');
  const entry = listIn(manifest, /client: \{[^}]*?imports:(\[[^\]]*\])/);
  const nodeImports = (index: number) => listIn(readFileSync(join(output, `server/nodes/${index}.js`), 'utf8'), /export const imports = (\[[^\]]*\])/);
  const routes = [...manifest.matchAll(/id: "([^"]+)",[\s\S]*?page: \{ layouts: \[([\d,]*)\], errors: \[[\d,]*\], leaf: (\d+) \}/g)];

  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(join(output, 'client', file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(file, size);
    }
    return size;
  };

  return routes
    .map(([, route, layouts, leaf]) => {
      const nodes = [...layouts!.split(',').filter(Boolean).map(Number), Number(leaf)];
      const files = new Set([...entry, ...nodes.flatMap(nodeImports)].filter((f) => f.endsWith('.js')));
      const total = [...files].map(sizeOf).reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
      return { route: route!, files: files.size, rawKb: kb(total.raw), gzipKb: kb(total.gzip) };
    })
    .sort((x, y) => x.gzipKb - y.gzipKb);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const sizes = routeSizes();
  const width = Math.max(...sizes.map((s) => s.route.length));
  console.log(`${'route'.padEnd(width)}  files  raw KB  gzip KB`);
  for (const s of sizes)
    console.log(`${s.route.padEnd(width)}  ${String(s.files).padStart(5)}  ${s.rawKb.toFixed(1).padStart(6)}  ${s.gzipKb.toFixed(1).padStart(7)}`);
  const at = process.argv.indexOf('--max-kb');
  const max = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  const overview = sizes.find((s) => s.route === '/');
  if (overview && Number.isFinite(max) && overview.gzipKb > max) {
    console.error(`[dashboard] the overview loads ${overview.gzipKb} KB of gzip JavaScript, over the ${max} KB budget`);
    process.exitCode = 1;
  }
}
