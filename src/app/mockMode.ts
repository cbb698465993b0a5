import { worker } from '@mocks/browser';
import { MOCK_NOW } from '@mocks/clock';
import { persistDb, restoreDb } from '@mocks/persist';

import { setToken } from '@/api/session';
import { pinClock } from '@/lib/clock';

import { DevToolbar } from './devtools/DevToolbar';
import { MockTokenHint } from './devtools/MockTokenHint';
import { shouldPersist, startMockSession } from './devtools/mockSession';
import { mockSlots } from './mockSlots';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function persistWrites({ request }: { request: Request }) {
  if (!READS.has(request.method) && shouldPersist()) persistDb();
}

/**
 * Mock mode: the worker answers every API call before the app renders, the
 * clock runs from the seed's fixed moment, the seeded owner is signed in,
 * and the mock data survives a reload.
 */
export async function startMockMode(): Promise<void> {
  pinClock(MOCK_NOW);
  // An old or corrupt stored copy is replaced by a fresh seed; the dev
  // toolbar says so.
  const restored = restoreDb();
  worker.events.on('response:mocked', persistWrites);
  await worker.start({
    serviceWorker: {
      url: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
      options: { scope: import.meta.env.BASE_URL },
    },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // The scenario (`?scenario=` or this tab's last) and whom it signs in:
  // the seeded owner unless the toolbar chose another role.
  startMockSession(worker, restored);
  mockSlots.toolbar = DevToolbar;
  mockSlots.signInHint = MockTokenHint;
}

/**
 * Undoes startMockMode for a host page that unmounts the kit: the worker
 * stops answering this page (its registration stays, shared with other
 * tabs of the kit) and the seeded owner is signed out.
 */
export function stopMockMode(): void {
  worker.events.removeListener('response:mocked', persistWrites);
  worker.stop();
  setToken(null);
}
