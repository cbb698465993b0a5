import { http } from 'msw';

import { PROVISIONAL_PATHS } from '@/api/paths';

import { API_REQUEST, apiPath, failWith, isRead } from './api';
import type { Scenario } from './types';

export const FORBIDDEN = 'You do not have permission to perform this action.';

// Calling an agent's MCP endpoint with an API key is use, not management.
const MCP_CALL = new RegExp(`/${PROVISIONAL_PATHS.mcp}/$`);

/**
 * The user may look but not change: the seeded project member is signed in
 * (so the pages disable their controls and say why), and any write answers
 * 403 even if the dev toolbar switches to a role that could manage.
 */
export const readonlyScenario: Scenario = {
  name: 'readonly',
  signIn: 'member',
  handlers: () => [
    http.all(API_REQUEST, ({ request }) => {
      if (isRead(request) || MCP_CALL.test(apiPath(request))) {
        return undefined;
      }
      return failWith(request, 403, FORBIDDEN);
    }),
  ],
};
