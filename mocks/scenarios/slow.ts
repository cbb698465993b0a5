import { delay, http } from 'msw';

import { API_REQUEST } from './api';
import type { Scenario } from './types';

export const SLOW_DELAY_MS = 1500;

/**
 * Every API response waits, so each page's loading state shows. The handler
 * returns nothing after the wait, and MSW then asks the next handler.
 */
export const slowScenario: Scenario = {
  name: 'slow',
  handlers: ({ delayMs = SLOW_DELAY_MS }) => [
    http.all(API_REQUEST, async () => {
      await delay(delayMs);
      return undefined;
    }),
  ],
};
