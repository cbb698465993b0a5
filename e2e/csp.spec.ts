import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { SEED_ROUTES } from './seedRoutes';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/*
 * The preview server sends a strict Content-Security-Policy; every page must
 * work under it. The fixture fails a test on any console error, which is
 * where Chromium reports a refused script, style or connection; the
 * violation events are also collected, in case one never reaches the
 * console (a service worker's, for one).
 */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective}: ${event.blockedURI || '(inline)'}`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => window.cspViolations ?? []);

test.beforeEach(async ({ page }) => {
  await watchViolations(page);
});

for (const route of SEED_ROUTES) {
  test(`${route.name} works under the Content-Security-Policy`, async ({
    page,
  }) => {
    const response = await page.goto(route.path);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

    await expect(page.locator(route.ready).first()).toBeVisible();
    // The mock backend still runs: its worker registered under worker-src.
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistrations()).length,
      ),
    ).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
}

test('dialogs, charts and the widget preview work under the policy', async ({
  page,
}) => {
  const [, , widgets, keys, usage] = SEED_ROUTES;

  await page.goto(keys.path);
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto(usage.path);
  await expect(page.locator('main canvas').first()).toBeVisible();

  await page.goto(widgets.path);
  await page.getByRole('button', { name: 'Create widget' }).click();
  const preview = page.getByRole('region', { name: 'Widget preview' });
  // Its stylesheet, adopted by the shadow root, applies under the policy.
  await expect(preview.locator('.stage')).toHaveCSS('height', '480px');

  expect(await violations(page)).toEqual([]);
});
