import { SEED } from '../mocks/seed';
import { expect, test } from './fixtures';

const AGENT = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}`;
const CONFIGURE_URL = `${AGENT}/configure/`;
const ORIGINAL_NAME = 'slurm-agent-tartu-01';

test('an edit is summarised, saved, kept after a reload, and never left by accident', async ({
  page,
}) => {
  await page.goto(CONFIGURE_URL);
  const name = page.getByLabel('Name (required)');
  await expect(name).toHaveValue(ORIGINAL_NAME);

  const renamed = `${ORIGINAL_NAME}-e2e`;
  await name.fill(renamed);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const summary = page.getByRole('dialog', { name: 'Save these changes?' });
  const nameChange = summary.locator('dd').filter({ hasText: '→' });
  await expect(summary.getByText('Name', { exact: true })).toBeVisible();
  await expect(nameChange).toHaveCount(1);
  await expect(nameChange).toHaveText(`${ORIGINAL_NAME} → ${renamed}`);

  const put = page.waitForRequest(
    (request) =>
      request.method() === 'PUT' && request.url().includes(SEED.agentUuid),
  );
  await summary.getByRole('button', { name: 'Save changes' }).click();
  expect((await put).postDataJSON()).toMatchObject({ name: renamed });
  await expect(summary).toBeHidden();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);

  await page.reload();
  await expect(page.getByLabel('Name (required)')).toHaveValue(renamed);

  // An unsaved edit holds a link until the admin decides.
  await page.getByLabel('Version', { exact: true }).fill('9.9.9-e2e');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'breadcrumb' })
    .getByRole('link', { name: 'Agents' })
    .click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${CONFIGURE_URL}$`));
  await expect(page.getByLabel('Version', { exact: true })).toHaveValue(
    '9.9.9-e2e',
  );

  await page
    .getByRole('navigation', { name: 'breadcrumb' })
    .getByRole('link', { name: 'Agents' })
    .click();
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/organization/${SEED.orgUuid}/agents/$`),
  );
  await expect(page.getByRole('link', { name: renamed })).toBeVisible();
});

test("the browser's Back button asks before unsaved edits are left", async ({
  page,
}) => {
  await page.goto(`/organization/${SEED.orgUuid}/agents/`);
  await page.getByRole('link', { name: ORIGINAL_NAME }).click();
  const version = page.getByLabel('Version', { exact: true });
  await expect(page.getByLabel('Name (required)')).toHaveValue(ORIGINAL_NAME);
  await version.fill('9.9.9-back');

  await page.evaluate(() => window.history.back());
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${CONFIGURE_URL}$`));
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${CONFIGURE_URL}$`));
  await expect(version).toHaveValue('9.9.9-back');

  await page.evaluate(() => window.history.back());
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/organization/${SEED.orgUuid}/agents/$`),
  );
  await expect(page.getByRole('link', { name: ORIGINAL_NAME })).toBeVisible();
});

test('a YAML error names its line before anything is sent', async ({
  page,
}) => {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(request.url());
  });

  await page.goto(CONFIGURE_URL);
  await expect(page.getByLabel('Name (required)')).toHaveValue(ORIGINAL_NAME);

  const content = page.getByLabel('Config file content');
  // Line 7 nests a mapping inside a compact one.
  await content.fill(
    [
      'offerings:',
      '  - name: HPC',
      '    waldur_api_url: https://waldur.example.org/api/',
      '    backend_type: slurm',
      '    backend_settings:',
      '      default_account: root',
      '      partition: gpu: a100',
      '    order_processing_backend: slurm',
    ].join('\n'),
  );
  await content.blur();
  await expect(page.getByText(/^Line 7: /)).toBeVisible();
  await page.getByRole('button', { name: 'Go to line 7' }).click();
  const selected = await content.evaluate((element: HTMLTextAreaElement) =>
    element.value.slice(element.selectionStart, element.selectionEnd),
  );
  expect(selected).toBe('      partition: gpu: a100');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(content).toBeFocused();
  expect(writes).toEqual([]);
});
