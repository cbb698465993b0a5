// `npm run screenshots`: builds the demo, serves it, and saves a PNG of
// every route of the route gallery in the default, empty, errors and
// readonly scenarios, and the default one in dark mode and in the
// pseudo-locale (en-XA), at a desktop and a narrow width, into screenshots/.
// Prints the files it wrote. The build goes to a folder of its own, so an
// e2e run building dist-demo at the same time does not get in the way.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { chromiumArgs, startPreview, stopPreview } from './preview.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCENARIOS = ['default', 'empty', 'errors', 'readonly'];
// Each look is a scenario, a colour mode and a language.
const LOOKS = [
  ...SCENARIOS.map((scenario) => ({ name: scenario, scenario })),
  { name: 'dark', scenario: 'default', colorScheme: 'dark' },
  { name: 'en-XA', scenario: 'default', lang: 'en-XA' },
  {
    name: 'dark-en-XA',
    scenario: 'default',
    colorScheme: 'dark',
    lang: 'en-XA',
  },
];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'narrow', width: 390, height: 844 },
];

function run(command, args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolveRun()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * Waits until the page has stopped loading: no spinner for a moment (the
 * errors scenario retries for several seconds before it shows its error).
 */
async function settle(page) {
  const deadline = Date.now() + 20_000;
  let quiet = 0;
  while (quiet < 3 && Date.now() < deadline) {
    const busy = await page.locator('.spinner-border').count();
    quiet = busy === 0 ? quiet + 1 : 0;
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => globalThis.document.fonts.ready);
}

/** The routes, as the demo's own route gallery lists them. */
async function galleryRoutes(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}/__gallery/`);
  await page.locator('tbody tr[data-route]').first().waitFor();
  const routes = await page
    .locator('tbody tr[data-route]')
    .evaluateAll((rows) =>
      rows.map((row) => ({ slug: row.dataset.route, path: row.dataset.path })),
    );
  await page.close();
  return routes;
}

async function main() {
  const outDir = await mkdtemp(join(tmpdir(), 'site-kit-screenshots-'));
  let preview = null;
  let browser = null;
  try {
    console.log('Building the demo (vite build --mode demo)…');
    await run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir]);
    preview = await startPreview({ outDir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: await chromiumArgs(),
    });
    const routes = await galleryRoutes(browser, preview.url);
    await mkdir(OUT, { recursive: true });
    const files = [];

    for (const look of LOOKS) {
      // A fresh context per look: fresh mock data, the toolbar hidden.
      const context = await browser.newContext({
        colorScheme: look.colorScheme ?? 'light',
      });
      await context.addInitScript(() =>
        globalThis.sessionStorage.setItem('site-kit:mock-toolbar', 'hidden'),
      );
      const page = await context.newPage();
      for (const route of routes) {
        const [desktop, narrow] = WIDTHS;
        await page.setViewportSize(desktop);
        const lang = look.lang ? `&lang=${look.lang}` : '';
        await page.goto(
          `${preview.url}${route.path}?scenario=${look.scenario}${lang}`,
        );
        await page.locator('h1').first().waitFor({ timeout: 20_000 });
        for (const size of [desktop, narrow]) {
          await page.setViewportSize(size);
          await settle(page);
          const file = join(OUT, `${look.name}-${route.slug}-${size.name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          files.push(file);
        }
      }
      await context.close();
    }
    console.log(`\n${files.length} screenshots:`);
    for (const file of files) console.log(`  ${relative(ROOT, file)}`);
  } finally {
    await browser?.close();
    if (preview) stopPreview(preview.child);
    await rm(outDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exit(1);
}
