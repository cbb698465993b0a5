import { http } from 'msw';

import { WALDUR_PATHS } from '@/api/paths';

import { API_REQUEST, apiPath, failWith, isRead } from './api';
import type { Scenario } from './types';

/*
 * The signed-in user and an agent's own record still load, so the agent
 * pages draw their frame and each shows its own error state; every other
 * read fails as an unhandled exception in DRF does.
 */
const FRAME = [
  new RegExp(`^${WALDUR_PATHS.currentUser}/$`),
  new RegExp(`^${WALDUR_PATHS.agents}/[^/]+/$`),
];

export const SERVER_ERROR = 'A server error occurred.';

export const errorsScenario: Scenario = {
  name: 'errors',
  handlers: () => [
    http.all(API_REQUEST, ({ request }) => {
      if (!isRead(request)) return undefined;
      const path = apiPath(request);
      if (FRAME.some((pattern) => pattern.test(path))) return undefined;
      return failWith(request, 500, SERVER_ERROR);
    }),
  ],
};
