import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3917';
const ctx = await chromium.launchPersistentContext('/tmp/dash/chrome', {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 1400 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await ctx.newPage();
await page.goto(base + process.argv[2]);
await page.waitForTimeout(2500);
await page.screenshot({ path: process.argv[3]!, clip: JSON.parse(process.argv[4] ?? '{"x":0,"y":0,"width":1280,"height":1400}') });
await ctx.close();
