import { expectFormsAccessible, seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { SEED_ROUTES } from './seedRoutes';

for (const route of SEED_ROUTES) {
  test(`${route.name} has no serious accessibility violations`, async ({
    page,
  }) => {
    await page.goto(route.path);
    await expect(page.locator(route.ready).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the dialogs and forms have no serious accessibility violations', async ({
  page,
}) => {
  await expectFormsAccessible(page);
});
