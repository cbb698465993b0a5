import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/*
 * The example host page (src/host) mounts the kit into its own element.
 * Mounting and unmounting again and again must leave the page as it was:
 * no nodes, classes, inline styles or colour modes of the kit, and no new
 * stylesheets on a remount. The fixture fails on any console error.
 */
const HOST = '/src/host/';

/** What the kit could leave behind, outside its container. */
function footprint(page: Page) {
  return page.evaluate(() => ({
    body: [...document.body.children].map((node) => node.outerHTML.length),
    bodyClass: document.body.className,
    bodyStyle: document.body.getAttribute('style') ?? '',
    htmlAttributes: [...document.documentElement.attributes].map(
      (a) => `${a.name}=${a.value}`,
    ),
    stylesheets: document.querySelectorAll('style, link[rel="stylesheet"]')
      .length,
    kit: document.getElementById('host-kit')?.innerHTML ?? null,
  }));
}

async function mount(page: Page) {
  await page.getByRole('button', { name: 'Mount', exact: true }).click();
  await expect(page.locator('#host-status')).toHaveText('The kit is mounted.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** As the host's own code would: the kit may have a dialog open. */
async function unmount(page: Page) {
  await page.evaluate(() => document.getElementById('host-unmount')?.click());
  await expect(page.locator('#host-status')).toHaveText(
    'The kit is not mounted.',
  );
}

test('the host page mounts, unmounts and remounts the kit cleanly', async ({
  page,
}) => {
  await page.goto(HOST);
  await expect(page.getByText('Example host')).toBeVisible();
  const { stylesheets: hostSheets, ...before } = await footprint(page);

  await mount(page);
  await expect(page).toHaveURL(
    /\/src\/host\/organization\/[0-9a-f]{32}\/agents\/$/,
  );
  await page.getByRole('link', { name: 'slurm-agent-tartu-01' }).click();
  await page.getByRole('link', { name: 'Usage', exact: true }).click();
  await expect(page.locator('.uplot').first()).toBeVisible();
  await unmount(page);
  // A lazily loaded page's stylesheet stays loaded, as its script does.
  const { stylesheets: kitSheets, ...afterFirst } = await footprint(page);

  expect(afterFirst).toEqual(before);
  expect(kitSheets).toBeGreaterThanOrEqual(hostSheets);

  for (let round = 0; round < 2; round += 1) {
    await mount(page);
    await page.getByRole('link', { name: 'Agent Site Kit' }).click();
    await page.getByRole('button', { name: 'Register agent' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await unmount(page);

    expect(await footprint(page)).toEqual({
      ...before,
      stylesheets: kitSheets,
    });
  }
});

test('a deep link under the host page reloads into the host', async ({
  page,
}) => {
  await page.goto(HOST);
  await mount(page);
  await page.getByRole('link', { name: 'slurm-agent-tartu-01' }).click();
  await expect(page).toHaveURL(/\/src\/host\/organization\/.+\/configure\/$/);

  await page.reload();
  await expect(page.getByText('Example host')).toBeVisible();
  await mount(page);
  await expect(page.getByLabel('Name (required)')).toHaveValue(
    'slurm-agent-tartu-01',
  );
});

test('the host theme option colours the kit and nothing else', async ({
  page,
}) => {
  await page.goto(HOST);
  await page.getByLabel('Theme').selectOption('dark');
  await mount(page);

  await expect(page.locator('#host-kit > div')).toHaveAttribute(
    'data-bs-theme',
    'dark',
  );
  await expect(page.locator('html')).not.toHaveAttribute('data-bs-theme');

  await page.getByLabel('Theme').selectOption('light');

  await expect(page.locator('#host-kit > div')).toHaveAttribute(
    'data-bs-theme',
    'light',
  );
  await expect(page.locator('#host-kit > div')).toHaveCount(1);
});
