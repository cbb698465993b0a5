import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { SEED_ROUTES } from './seedRoutes';

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} not reached with ${limit} presses of Tab`);
}

const focusIsInside = (dialog: Locator) =>
  dialog.evaluate((element) => element.contains(document.activeElement));

/** Bootstrap draws focus as a box shadow or an outline; one must show. */
const focusIsVisible = (target: Locator) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.boxShadow !== 'none' || style.outlineStyle !== 'none';
  });

test('a keyboard user creates, copies and revokes a key', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const keys = SEED_ROUTES[3];
  await page.goto(keys.path);
  await expect(page.locator(keys.ready).first()).toBeVisible();

  const createButton = page
    .getByRole('main')
    .getByRole('button', { name: 'Create key' });
  await tabTo(page, createButton);
  expect(await focusIsVisible(createButton)).toBe(true);
  await page.keyboard.press('Enter');

  const create = page.getByRole('dialog', { name: 'Create API key' });
  await expect(create).toBeVisible();
  await expect.poll(() => focusIsInside(create)).toBe(true);

  const project = create.getByLabel('Project');
  await tabTo(page, project);
  await page.keyboard.press('ArrowDown');
  await expect(project).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(create.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('keyboard key');
  await tabTo(page, create.getByRole('button', { name: 'Create key' }));
  await page.keyboard.press('Enter');

  const secret = page.getByRole('dialog', { name: 'Copy your new API key' });
  await expect(secret).toBeVisible();
  await expect.poll(() => focusIsInside(secret)).toBe(true);
  const plaintext = await secret
    .getByRole('textbox', { name: 'API key', exact: true })
    .inputValue();

  await tabTo(page, secret.getByRole('button', { name: 'Copy API key' }));
  await page.keyboard.press('Enter');
  await expect(secret.getByText('Copied').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    plaintext,
  );

  await tabTo(page, secret.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(secret).toBeHidden();
  // Back where the person started, not at the top of the page.
  await expect(createButton).toBeFocused();

  const row = page.getByRole('row').filter({ hasText: 'keyboard key' });
  await tabTo(page, row.getByRole('button', { name: /^Revoke/ }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: /Revoke key/ });
  await expect(confirm).toBeVisible();
  await expect.poll(() => focusIsInside(confirm)).toBe(true);
  await tabTo(page, confirm.getByRole('button', { name: 'Revoke key' }));
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  // The focus stays in the page rather than falling back to the document.
  // It moves once the dialog has finished closing, hence the poll.
  await expect
    .poll(() => page.evaluate(() => document.activeElement !== document.body))
    .toBe(true);
});
