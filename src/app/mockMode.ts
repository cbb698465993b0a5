import { worker } from '@mocks/browser';
import { MOCK_NOW } from '@mocks/clock';
import { persistDb, restoreDb } from '@mocks/persist';
import { OWNER_TOKEN } from '@mocks/seed';

import { setToken } from '@/api/session';
import { pinClock } from '@/lib/clock';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Mock mode: the worker answers every API call before the app renders, the
 * clock runs from the seed's fixed moment, the seeded owner is signed in,
 * and the mock data survives a reload.
 */
export async function startMockMode(): Promise<void> {
  pinClock(MOCK_NOW);
  // An old or corrupt stored copy is silently replaced by a fresh seed.
  restoreDb();
  worker.events.on('response:mocked', ({ request }) => {
    if (!READS.has(request.method)) persistDb();
  });
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
