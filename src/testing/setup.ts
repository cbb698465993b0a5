import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

import { MOCK_NOW } from '@mocks/clock';
import { resetDb } from '@mocks/db';
import { server } from '@mocks/node';
import { OWNER_TOKEN } from '@mocks/seed';

import { setToken } from '@/api/session';
import { pinClock } from '@/lib/clock';

import { consoleGuard } from './consoleGuard';

// Lazy pages and a busy 2-core CI machine: a second is too little to wait
// for the first render of a page.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  pinClock(MOCK_NOW);
  resetDb();
  setToken(OWNER_TOKEN, false);
  consoleGuard.start();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
  consoleGuard.finish();
});

afterAll(() => {
  server.close();
});
