/**
 * The built dashboard in Debian's chromium, served with the API on one port over a temporary
 * SQLite store filled from fixtures/ (and dated Saudi newspaper records when ../shared/corpus is
 * there). Builds nothing: `pnpm test` builds the dashboard first. Without a build or without
 * /usr/bin/chromium the suite is skipped with a message saying which, except under CI, where that
 * is a failure: a green CI must mean the browser ran.
 * Screenshots of every page go to a temp folder, or to docs/screenshots/ with ACCORD_SCREENSHOTS=1
 * (`pnpm screenshots`), so a test run leaves the tracked images alone.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickCell, paintedPixels } from './canvas-probe.js';
import { serveChild } from './serve-child.js';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '..');
const repo = resolve(app, '../..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'.split(' ');
const SEED = resolve(repo, '../shared/seed/egypt-russia-moscow.ar.txt');
const SHOTS = process.env.ACCORD_SCREENSHOTS === '1' ? resolve(repo, 'docs/screenshots') : join(tmpdir(), 'accord-screenshots');
const ARABIC = /[\u0600-\u06FF]/;

const missing = [
  existsSync(join(app, 'build/handler.js')) ? null : 'no dashboard build (run `pnpm --filter @accord/dashboard build`)',
  existsSync(CHROMIUM) ? null : `no browser at ${CHROMIUM} (apt-get install -y chromium)`,
].filter(Boolean);
if (missing.length) console.warn(`[dashboard] browser tests skipped: ${missing.join('; ')}`);

describe.runIf(process.env.CI)('under CI', () => {
  it('has a dashboard build and a browser to test it in', () => {
    expect(missing).toEqual([]);
  });
});

interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far on this page. */
  problems: string[];
}

let server: ChildProcess | undefined;
let context: BrowserContext | undefined;
let base = '';
let profile = '';

async function visit(path: string): Promise<Visit> {
  const page = await context!.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  // Each Content-Security-Policy violation is a problem too, said by directive.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`)),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(`${base}${path}`);
  return { page, problems };
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Opens a chart's table view and asks for the evidence of its first row (the keyboard path to it). */
async function openFirstRowEvidence(page: Page, chartTitle: string): Promise<void> {
  await page.locator(`${chartTitle} ~ .table-view summary`).click();
  await page.locator(`${chartTitle} ~ .table-view td button`).first().click();
}

describe.skipIf(missing.length > 0)('the dashboard in a browser', () => {
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'accord-dashboard-'));
    const started = await serveChild(`file:${join(profile, 'accord.db')}`, ['--fill', '--corpus', '150']);
    server = started.child;
    base = started.url;
    context = await chromium.launchPersistentContext(join(profile, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: CHROMIUM_FLAGS,
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    server?.kill('SIGTERM');
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('paints the overview heatmap and opens a cell’s evidence on click, Arabic right to left', async () => {
    const { page, problems } = await visit('/?issue=syria');
    await page.waitForSelector('.heatmap canvas[data-painted]');
    const firstChart = await page.evaluate(() => performance.getEntriesByName('accord:first-chart')[0]?.startTime ?? null);
    console.log(`[dashboard] time to first chart (overview, localhost): ${firstChart === null ? 'not marked' : `${Math.round(firstChart)} ms`}`);
    expect(await paintedPixels(page, '.heatmap canvas')).toBeGreaterThan(5000);
    await screenshot(page, 'overview');

    // A shown cell with Arabic evidence: the panel must list its sentences, right to left.
    const shown = (await page.locator('.heatmap canvas').getAttribute('data-rows'))!.split(',');
    const matrix = await page.evaluate(async (countries) => (await fetch(`/api/v1/agreement?issue=syria&countries=${countries}`)).json(), shown.join(','));
    const cell = (matrix as { cells: Array<{ a: string; b: string; evidence: Array<{ text: string }> }> }).cells.find((c) =>
      c.evidence.some((e) => ARABIC.test(e.text)),
    )!;
    expect(cell).toBeDefined();
    await clickCell(page, cell.a, cell.b);
    const panel = page.locator(`section[data-cell="${cell.a}-${cell.b}"]`);
    await panel.waitFor();
    expect(page.url()).toContain(`cell=${cell.a}-${cell.b}`);
    const arabic = cell.evidence.find((e) => ARABIC.test(e.text))!;
    const quote = panel.locator('blockquote', { hasText: arabic.text }).first();
    await quote.waitFor();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await screenshot(page, 'overview-evidence');

    // The evidence links to its article with the span outlined.
    await panel.locator('a', { hasText: 'Open in article' }).first().click();
    await page.waitForSelector('.article-text mark.focus');
    expect(await page.locator('.article-text').evaluate((el) => getComputedStyle(el).direction)).toBe(
      ARABIC.test((await page.locator('.article-text').textContent()) ?? '') ? 'rtl' : 'ltr',
    );
    await screenshot(page, 'article');
    expect(problems).toEqual([]);
  });

  it('explains an opened cell by the relations and positions that moved its alignment, each with its sentences', async () => {
    const { page, problems } = await visit('/?issue=syria');
    await page.waitForSelector('.heatmap canvas[data-painted]');
    expect(await page.locator('input[name="measure"][value="alignment"]').isChecked()).toBe(true);
    const shown = (await page.locator('.heatmap canvas').getAttribute('data-rows'))!.split(',');
    type Part = { kind: string; key: string; evidence: Array<{ text: string }> };
    const matrix = await page.evaluate(
      async (countries) => (await fetch(`/api/v1/agreement?issue=syria&evidence=50&countries=${countries}`)).json(),
      shown.join(','),
    );
    const cells = (matrix as { cells: Array<{ a: string; b: string; alignmentParts: Part[] }> }).cells;
    const cell = cells.find((c) => c.alignmentParts.some((p) => p.kind === 'relation' && p.evidence.length > 0))!;
    expect(cell).toBeDefined();
    await clickCell(page, cell.a, cell.b);
    const panel = page.locator(`section[data-cell="${cell.a}-${cell.b}"]`);
    const part = cell.alignmentParts.find((p) => p.kind === 'relation' && p.evidence.length > 0)!;
    const explained = panel.locator(`.parts li[data-part="relation:${part.key}"]`);
    await explained.waitFor();
    expect(await explained.locator('.badge').first().textContent()).toMatch(/toward|against/);
    await explained.locator('blockquote', { hasText: part.evidence[0]!.text }).first().waitFor();
    expect(await panel.locator('.parts > li').count()).toBe(cell.alignmentParts.length);
    await screenshot(page, 'overview-alignment');
    // S-score colours on demand, from the URL.
    await page.locator('input[name="measure"][value="sScore"]').check();
    await page.waitForURL(/measure=s\b/);
    expect(problems).toEqual([]);
  });

  it('shows who backs whom per issue and opens a cell’s sentences, from the chart and from the table', async () => {
    const { page, problems } = await visit('/relations?issue=yemen');
    await page.waitForSelector('.heatmap canvas[data-painted]');
    expect(await paintedPixels(page, '.heatmap canvas')).toBeGreaterThan(2000);
    type Cell = { source: string; target: string; backs: number; blames: number; evidence: Array<{ text: string }> };
    const matrix = (await page.evaluate(async () => (await fetch('/api/v1/relations/matrix?issue=yemen&top=16&evidence=1')).json())) as { cells: Cell[] };
    const blamed = matrix.cells.find((c) => c.blames > 0 && c.evidence.length > 0)!;
    expect(blamed).toBeDefined();
    await clickCell(page, blamed.source, blamed.target);
    const panel = page.locator(`section[data-relation="${blamed.source}-${blamed.target}"]`);
    await panel.waitFor();
    expect(page.url()).toContain(`cell=${blamed.source}-${blamed.target}`);
    await panel.locator('.badge', { hasText: 'blames' }).first().waitFor();
    await panel.locator('blockquote', { hasText: blamed.evidence[0]!.text }).first().waitFor();
    await screenshot(page, 'relations');
    await page.locator('#relations-title ~ .table-view summary').click();
    const row = page.locator('#relations-title ~ .table-view tbody tr').last();
    await row.locator('button').click();
    await page.locator('section[data-relation] ol.evidence li').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('turns the pasted seed article into Egypt–Russia agreement on four issues', async ({ skip }) => {
    if (!existsSync(SEED)) skip(`no seed article at ${SEED}`);
    const { page, problems } = await visit('/analyze');
    await page.locator('#text').fill(readFileSync(SEED, 'utf8'));
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.waitForSelector('table.agreements');
    const agreed = await page.locator('tr[data-pair="EG-RU"][data-label="agree"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.issue));
    expect(agreed).toEqual(expect.arrayContaining(['syria', 'libya', 'palestine', 'terrorism']));
    expect(await page.locator('.article-text').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await screenshot(page, 'analyze');
    expect(problems).toEqual([]);
  });

  it('reads a dropped HTML file as its article text, without scripts', async () => {
    const { page, problems } = await visit('/analyze');
    const html =
      '<html><head><title>t</title><script>var x = 1;</script></head><body><nav>Menu</nav><article><h1>Talks</h1><p>Egypt and Russia support a political solution in Syria.</p></article></body></html>';
    await page.locator('#file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForSelector('.article-text');
    const text = await page.locator('#text').inputValue();
    expect(text).toContain('Egypt and Russia support a political solution in Syria.');
    expect(text).not.toMatch(/var x|Menu/);
    expect(problems).toEqual([]);
  });

  it.each([
    {
      what: 'a pair across issues',
      path: '/pair/EG/RU?issue=syria&bucket=week',
      chart: '#issues-title',
      evidence: 'aside section[data-cell="EG-RU"] ol.evidence li',
      also: '#time-title',
      shot: 'pair',
    },
    {
      what: 'a country’s positions, partners and trend',
      path: '/country/EG',
      chart: '#positions-title',
      evidence: 'aside ol.evidence li',
      also: 'a.partner',
      shot: 'country',
    },
  ])('shows $what and opens the evidence of a chart row', async ({ path, chart, evidence, also, shot }) => {
    const { page, problems } = await visit(path);
    await page.waitForSelector(`${chart} ~ .chart canvas[data-painted]`);
    expect(await paintedPixels(page, `${chart} ~ .chart canvas`)).toBeGreaterThan(1000);
    expect(await page.locator(also).count()).toBeGreaterThan(0);
    await openFirstRowEvidence(page, chart);
    await page.locator(evidence).first().waitFor();
    await screenshot(page, shot);
    expect(problems).toEqual([]);
  });

  it('sends the security headers on every page and asset, and the pages break no rule of their CSP', async () => {
    for (const path of ['/', '/relations', '/analyze', '/articles', '/country/EG', '/pair/EG/RU']) {
      const { page, problems } = await visit(path);
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self' 'sha256-[^']+'.*frame-ancestors 'none'/);
      expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe/);
      const chunk = /import\("([^"]+)"\)/.exec(await res.text())![1]!;
      const asset = await fetch(`${base}${chunk}`);
      for (const headers of [res.headers, asset.headers]) {
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('referrer-policy')).toBe('no-referrer');
      }
      expect(asset.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      await page.close();
    }
  });

  it('says so when the pair page’s API calls fail, instead of “No evidence”', async () => {
    const page = await context!.newPage();
    const problem = { status: 503, contentType: 'application/problem+json', body: '{"title":"Storage unavailable","status":503,"detail":"down"}' };
    await page.route(/\/api\/v1\/(issues|agreement)/, (route) => route.fulfill(problem));
    await page.goto(`${base}/pair/EG/RU`);
    await page.getByText('Could not load agreement per issue').waitFor();
    expect(await page.getByText(/No evidence on any issue/).count()).toBe(0);
  });

  it('searches articles and loads more with the cursor', async () => {
    const { page, problems } = await visit('/articles');
    const items = page.locator('ol.list > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => items.count()).toBe(40);
    await screenshot(page, 'articles', false);
    await page.locator('#language').selectOption('en');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/language=en/);
    await expect.poll(async () => (await items.allTextContents()).every((t) => t.includes('English'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
