import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test fails on a console error or an uncaught exception in the
 * page, whatever page it visited.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          errors.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) =>
        errors.push(`pageerror: ${error.message}`),
      );
      await use(errors);
      expect(errors, 'console errors and warnings in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
