import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { SCENARIO_NAMES } from '../mocks/scenarios';
import { SEED } from '../mocks/seed';

/*
 * Every route in every mock scenario: a page always shows something (a
 * heading in main), and the console stays clean but for the failed
 * requests a scenario is made of. Then the dev toolbar and the route
 * gallery in the browser, with an accessibility scan of each.
 */
const org = `/organization/${SEED.orgUuid}/agents/`;
const agent = `${org}${SEED.agentUuid}/`;
const ROUTES = [
  org,
  `${agent}configure/`,
  `${agent}widgets/`,
  `${agent}keys/`,
  `${agent}usage/`,
  `/organization/${SEED.emptyOrgUuid}/agents/`,
  '/no-such-page/',
];

/** The statuses each scenario answers on purpose; Chromium logs them. */
const EXPECTED_STATUSES: Partial<Record<string, number[]>> = {
  empty: [404],
  errors: [500],
  flaky: [503],
  // The member has no role in the empty organization: 404.
  readonly: [403, 404],
  legacy: [404],
};

function watchConsole(page: Page, scenario: string) {
  const allowed = EXPECTED_STATUSES[scenario] ?? [];
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && allowed.includes(Number(status))) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Until no spinner shows, or a while: `errors` retries for seconds. */
async function settle(page: Page) {
  await expect(page.locator('main .spinner-border'))
    .toHaveCount(0, { timeout: 12_000 })
    .catch(() => undefined);
}

for (const scenario of SCENARIO_NAMES) {
  test(`every route renders in the ${scenario} scenario`, async ({ page }) => {
    test.setTimeout(
      scenario === 'slow' || scenario === 'errors' ? 150_000 : 60_000,
    );
    const problems = watchConsole(page, scenario);

    for (const [index, path] of ROUTES.entries()) {
      // The first load chooses the scenario; it then stays for the tab.
      await page.goto(index === 0 ? `${path}?scenario=${scenario}` : path);
      await expect(page.locator('main h1').first()).toBeVisible({
        timeout: 20_000,
      });
      await settle(page);
      expect(
        (await page.locator('main').first().innerText()).trim(),
        path,
      ).not.toBe('');
    }
    await page.goto('/__gallery/');
    expect(
      await page.evaluate(() => sessionStorage.getItem('site-kit:scenario')),
    ).toBe(scenario);
    expect(problems).toEqual([]);
  });
}

async function seriousViolations(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('the dev toolbar switches scenario and role, resets, and passes axe', async ({
  page,
}) => {
  const problems = watchConsole(page, 'empty');
  await page.goto(org);
  await expect(
    page.getByRole('link', { name: 'slurm-agent-tartu-01' }),
  ).toBeVisible();

  const tools = page.getByRole('complementary', { name: 'Mock tools' });
  await tools.getByRole('button', { name: 'Mock: default' }).click();
  expect(await seriousViolations(page, 'aside')).toEqual([]);

  await tools.getByLabel('Scenario').selectOption('empty');
  await expect(page.getByText('No agents have registered yet')).toBeVisible();
  await tools.getByLabel('Scenario').selectOption('default');
  await expect(
    page.getByRole('link', { name: 'slurm-agent-tartu-01' }),
  ).toBeVisible();

  await tools.getByLabel('Signed in as').selectOption('member');
  await expect(page.getByText('Jaan Kask', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('button', { name: 'Register agent' }),
  ).toBeDisabled();
  await page.reload();
  await expect(page.getByText('Jaan Kask', { exact: true })).toBeVisible();
  await tools.getByLabel('Signed in as').selectOption('owner');
  await expect(page.getByText('Kadri Tamm', { exact: true })).toBeVisible();

  // Damaged stored data is replaced by the seed, with a notice.
  await page.evaluate(() =>
    localStorage.setItem('site-kit:mock-db:v1', '{"damaged'),
  );
  await page.reload();
  await expect(tools.getByRole('alert')).toContainText('fresh seed');
  await tools.getByRole('button', { name: 'Reset mock data' }).click();
  await expect(tools.getByRole('status')).toHaveText(
    'Mock data is back to the seed.',
  );
  await tools.getByRole('button', { name: 'Collapse the mock tools' }).click();
  await expect(
    tools.getByRole('button', { name: 'Mock: default' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('the signed-out scenario signs in with a hinted token', async ({
  page,
}) => {
  const problems = watchConsole(page, 'signed-out');
  await page.goto(`${agent}keys/?scenario=signed-out`);
  await expect(
    page.getByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: /^Use the token of the Organization owner/ })
    .click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back on the page that was asked for.
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the route gallery links every route per scenario and passes axe', async ({
  page,
}) => {
  await page.goto('/__gallery/');
  await expect(
    page.getByRole('heading', { name: 'Route gallery' }),
  ).toBeVisible();
  expect(await page.locator('tbody tr').count()).toBe(ROUTES.length);
  expect(await seriousViolations(page, 'main')).toEqual([]);

  await page
    .getByRole('link', { name: 'API keys in the legacy scenario' })
    .click();
  await expect(
    page.getByText('API keys are not available on this server.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/keys\/$/);
});
