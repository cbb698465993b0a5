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

test('a keyboard user saves the configuration', async ({ page }) => {
  const configure = SEED_ROUTES[1];
  await page.goto(configure.path);
  await expect(page.locator(configure.ready).first()).toBeVisible();

  const name = page.getByLabel('Name (required)');
  await expect(name).toHaveValue(/\S/);
  const renamed = `${await name.inputValue()}-kb`;
  await tabTo(page, name);
  expect(await focusIsVisible(name)).toBe(true);
  await page.keyboard.press('End');
  await page.keyboard.type('-kb');
  await expect(name).toHaveValue(renamed);

  const saveButton = page
    .getByRole('form', { name: 'Agent settings' })
    .getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, saveButton);
  expect(await focusIsVisible(saveButton)).toBe(true);
  await page.keyboard.press('Enter');

  const summary = page.getByRole('dialog', { name: 'Save these changes?' });
  await expect(summary).toBeVisible();
  await expect.poll(() => focusIsInside(summary)).toBe(true);
  await expect(summary).toContainText(renamed);
  const confirm = summary.getByRole('button', { name: 'Save changes' });
  await tabTo(page, confirm);
  expect(await focusIsVisible(confirm)).toBe(true);
  await page.keyboard.press('Enter');

  await expect(summary).toBeHidden();
  await expect(page.getByRole('status').getByText('Saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  // Save is disabled while the request runs; the focus comes back to it
  // once it is enabled again, ready for the next edit.
  await expect(saveButton).toBeFocused();
  expect(await focusIsVisible(saveButton)).toBe(true);

  await page.reload();
  await expect(page.getByLabel('Name (required)')).toHaveValue(renamed);
});

test('a keyboard user builds a widget', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widgets = SEED_ROUTES[2];
  await page.goto(widgets.path);
  await expect(page.locator(widgets.ready).first()).toBeVisible();

  const createButton = page
    .getByRole('main')
    .getByRole('button', { name: 'Create widget' });
  await tabTo(page, createButton);
  expect(await focusIsVisible(createButton)).toBe(true);
  await page.keyboard.press('Enter');

  // The form takes the list's place, and the focus goes along into it.
  const form = page.getByRole('form', { name: 'New widget' });
  const name = form.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  expect(await focusIsVisible(name)).toBe(true);
  await page.keyboard.type('Keyboard widget');

  const colour = form.getByLabel('Primary colour', { exact: true });
  await tabTo(page, colour);
  expect(await focusIsVisible(colour)).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('#198754');
  await expect(colour).toHaveValue('#198754');
  await expect(form.getByLabel('Pick the primary colour')).toHaveValue(
    '#198754',
  );

  const addOrigin = form.getByRole('button', { name: 'Add origin' });
  await tabTo(page, addOrigin);
  expect(await focusIsVisible(addOrigin)).toBe(true);
  await page.keyboard.press('Enter');
  // The new row takes the focus, ready for typing.
  const origin = form.getByRole('textbox', {
    name: 'Origin rule 1',
    exact: true,
  });
  await expect(origin).toBeFocused();
  expect(await focusIsVisible(origin)).toBe(true);
  await page.keyboard.type('https://shop.example.org');

  const submit = form.getByRole('button', { name: 'Create widget' });
  await tabTo(page, submit);
  expect(await focusIsVisible(submit)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  // The saved widget's panel takes the focus, not the top of the document.
  const detail = page.getByRole('region', { name: 'Keyboard widget' });
  const heading = detail.getByRole('heading', { name: 'Keyboard widget' });
  await expect(heading).toBeFocused();
  expect(await focusIsVisible(heading)).toBe(true);
  await expect(
    page.getByRole('row').filter({ hasText: 'Keyboard widget' }),
  ).toContainText('1 origin');

  const copy = detail.getByRole('button', { name: 'Copy script tag' });
  await tabTo(page, copy);
  expect(await focusIsVisible(copy)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(
    detail
      .getByRole('region', { name: 'Script tag' })
      .getByText('Copied', { exact: true }),
  ).toBeVisible();
  const code = await detail.getByLabel('Script tag code').textContent();
  expect(code).toContain('/widget.js');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});
