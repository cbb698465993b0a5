import { expect, test } from '@playwright/test';

import { STUB_PORT } from './real-mode.config';

/*
 * The real-mode build (no mock code) against a stub Waldur on another
 * origin: the person signs in with an API token, sees the agents, and a
 * session that ends brings the sign-in over the same page.
 */
const STUB = `http://127.0.0.1:${STUB_PORT}`;
const ORG = '0b5e7a1f2c3d4e5f8a9b0c1d2e3f4a5b';
const AGENTS = `/organization/${ORG}/agents/`;

test.afterEach(async ({ request }) => {
  await request.post(`${STUB}/__stub/restore`);
});

test('signs in with a token and lists agents without any mock code', async ({
  page,
  request,
}) => {
  const urls: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('pageerror', (error) => problems.push(error.message));

  // A deep link, loaded cold: the sign-in page, at that address.
  await page.goto(AGENTS);
  await expect(
    page.getByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).toBeVisible();
  await expect(page.getByText('mock-owner-token')).toHaveCount(0);

  // A wrong token: the server refuses it and the sign-in comes back, saying
  // so, without the token.
  await page.getByLabel('API token').fill('wrong-token');
  const refused = page.waitForResponse((r) => r.status() === 401);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(await (await refused).json()).toEqual({ detail: 'Invalid token.' });
  await expect(
    page.getByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveAccessibleDescription(
    'That token was not accepted. Check it and paste it again.',
  );
  await expect(page.getByLabel('API token')).toHaveValue('');

  await page.getByLabel('API token').fill('good-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Agents' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'stub-agent-alpha' }),
  ).toBeVisible();
  await expect(page.getByText('3 agents')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(AGENTS);

  // The API is the stub's, on its own origin; the token stays in this tab.
  expect(urls.some((url) => url.startsWith(`${STUB}/api/`))).toBe(true);
  expect(
    await page.evaluate(() => [
      sessionStorage.getItem('site-kit:token'),
      Object.keys(localStorage).length,
    ]),
  ).toEqual(['good-token', 0]);

  // No mock code, no worker, no service worker registration.
  expect(
    urls.filter((url) => /mockServiceWorker|msw|mockMode/i.test(url)),
  ).toEqual([]);
  expect(
    await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistrations()).length,
    ),
  ).toBe(0);
  const worker = await request.get('/mockServiceWorker.js');
  expect(await worker.text()).not.toContain('Mock Service Worker');
  expect(await page.locator('aside').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a 401 brings the sign-in over the same page, which stays', async ({
  page,
  request,
}) => {
  await page.goto(AGENTS);
  await page.getByLabel('API token').fill('good-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('link', { name: 'stub-agent-alpha' }),
  ).toBeVisible();

  // The session ends on the server; the next request answers 401.
  await request.post(`${STUB}/__stub/revoke`);
  await page.getByLabel('Exact name').fill('stub-agent-beta');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('API token')).toBeFocused();
  // The page waits under the dialog, inert, with what was typed.
  await expect(page.getByLabel('Exact name')).toHaveValue('stub-agent-beta');
  await expect(page.locator('main')).toHaveAttribute('inert');
  const asked = page.url();
  expect(asked).toContain('name=stub-agent-beta');
  expect(
    await page.evaluate(() => sessionStorage.getItem('site-kit:token')),
  ).toBeNull();

  await request.post(`${STUB}/__stub/restore`);
  await page.getByLabel('API token').fill('good-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'stub-agent-beta' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'stub-agent-alpha' }),
  ).toHaveCount(0);
  expect(page.url()).toBe(asked);

  // A hard reload keeps the session for this tab.
  await page.reload();
  await expect(
    page.getByRole('link', { name: 'stub-agent-beta' }),
  ).toBeVisible();
});
