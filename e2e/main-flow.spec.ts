import { expect, test } from './fixtures';

/*
 * The kit's main path on the mock backend, as a person does it: land on the
 * agent list, rename an agent, create a key and see its secret once, revoke
 * it, and find the embed code of a widget.
 */
test('an admin manages an agent end to end', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto('/');
  await expect(page).toHaveURL(/\/organization\/[0-9a-f]{32}\/agents\/$/);
  await expect(page.getByRole('heading', { name: /Agents/ })).toBeVisible();

  await page.getByRole('link', { name: 'slurm-agent-tartu-01' }).click();
  await expect(page).toHaveURL(/\/configure\/$/);
  const name = page.getByLabel('Name (required)');
  await expect(name).toHaveValue('slurm-agent-tartu-01');

  await name.fill('slurm-agent-tartu-01-renamed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const summary = page.getByRole('dialog', { name: 'Save these changes?' });
  await expect(summary).toContainText('slurm-agent-tartu-01-renamed');
  await summary.getByRole('button', { name: 'Save changes' }).click();
  await expect(summary).toBeHidden();
  await expect(page.getByText('Unsaved changes')).toBeHidden();

  await page.reload();
  await expect(page.getByLabel('Name (required)')).toHaveValue(
    'slurm-agent-tartu-01-renamed',
  );

  await page.getByRole('link', { name: 'API keys', exact: true }).click();
  await page.getByRole('button', { name: 'Create key' }).click();
  const create = page.getByRole('dialog');
  await create.getByLabel('Project').selectOption({ index: 1 });
  await create.getByLabel('Name').fill('e2e deploy key');
  await create.getByLabel('Never').check();
  await create.getByRole('button', { name: 'Create key' }).click();

  const secret = page.getByRole('dialog', { name: 'Copy your new API key' });
  const field = secret.getByRole('textbox', { name: 'API key', exact: true });
  await expect(field).toHaveValue(/^sak_[A-Za-z0-9_-]{43}$/);
  const plaintext = await field.inputValue();
  const prefix = plaintext.slice(0, 8);

  await page.keyboard.press('Escape');
  await expect(secret).toBeVisible();
  await secret.getByRole('button', { name: 'Copy API key' }).click();
  await expect(secret.getByText('Copied').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    plaintext,
  );
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(secret).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: 'e2e deploy key' });
  await expect(row).toContainText(prefix);
  expect(await page.content()).not.toContain(plaintext);

  await row.getByRole('button', { name: /^Revoke e2e deploy key/ }).click();
  const confirm = page.getByRole('dialog', { name: /Revoke key/ });
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(row).toContainText('Revoked');

  await page.getByRole('link', { name: 'Widgets', exact: true }).click();
  await expect(page.getByLabel('Script tag code')).toContainText('widget.js');
});
