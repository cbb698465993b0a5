import { worker } from '@mocks/browser';
import { MOCK_NOW } from '@mocks/clock';
import { OWNER_TOKEN } from '@mocks/seed';

import { setToken } from '@/api/session';
import { pinClock } from '@/lib/clock';

/**
 * Mock mode: the worker answers every API call before the app renders, the
 * clock runs from the seed's fixed moment, and the seeded owner is signed in.
 */
export async function startMockMode(): Promise<void> {
  pinClock(MOCK_NOW);
  await worker.start({
    serviceWorker: {
      url: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
      options: { scope: import.meta.env.BASE_URL },
    },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  setToken(OWNER_TOKEN, false);
}
