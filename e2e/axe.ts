import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect } from './fixtures';
import { SEED_ROUTES } from './seedRoutes';

/** Serious and critical axe violations, one readable line per node. */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}) at ${node.target.join(' ')}: ` +
          `${node.failureSummary ?? v.help}\n  ${node.html.slice(0, 160)}`,
      ),
    );
}

/** Opens the register, create-key and widget forms and scans each. */
export async function expectFormsAccessible(page: Page) {
  const [list, , widgets, keys] = SEED_ROUTES;

  await page.goto(list.path);
  await page.getByRole('button', { name: /Register agent/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(keys.path);
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(widgets.path);
  await page.getByRole('button', { name: 'Create widget' }).click();
  await expect(
    page.getByRole('region', { name: 'Widget preview' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
}
