import { expectFormsAccessible, seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { SEED_ROUTES } from './seedRoutes';

/*
 * Every page in dark mode (the system preference, which the kit follows)
 * and in the pseudo-locale, where text is longer and accented: the axe
 * scan finds no serious contrast or labelling problems in either.
 */
for (const route of SEED_ROUTES) {
  test(`${route.name} is readable in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });

    await page.goto(route.path);
    await expect(page.locator(route.ready).first()).toBeVisible();

    await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the dialogs and the widget preview are readable in dark mode', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectFormsAccessible(page);
});

test('the pages follow a change of the system colour mode', async ({
  page,
}) => {
  const [list] = SEED_ROUTES;
  await page.goto(list.path);
  await expect(page.locator(list.ready).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'light');

  await page.emulateMedia({ colorScheme: 'dark' });

  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark');
});

test('the pseudo-locale shows on every page, with no serious violations', async ({
  page,
}) => {
  for (const route of SEED_ROUTES) {
    const join = route.path.includes('?') ? '&' : '?';
    await page.goto(`${route.path}${join}lang=en-XA`);
    // Readiness by English text cannot match the pseudo-locale.
    const ready = route.ready.includes('text=') ? 'main h1' : route.ready;
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForLoadState('networkidle');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(
      page.getByRole('link', { name: /Àĝéñţ Šîţé Ķîţ/ }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
