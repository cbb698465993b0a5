import { http } from 'msw';

import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';

import { API_REQUEST, apiPath, failWith } from './api';
import type { Scenario } from './types';

/** Our provisional endpoints, which a Waldur of today does not have. */
const PROVISIONAL = [
  PROVISIONAL_PATHS.accessKeys,
  PROVISIONAL_PATHS.usage,
  PROVISIONAL_PATHS.widgets,
].map((collection) => new RegExp(`^${collection}/`));
const MCP = new RegExp(
  `^${WALDUR_PATHS.agents}/[^/]+/${PROVISIONAL_PATHS.mcp}/`,
);

export function isProvisional(path: string): boolean {
  return PROVISIONAL.some((pattern) => pattern.test(path)) || MCP.test(path);
}

/** A Waldur of today: the provisional endpoints answer 404. */
export const legacyScenario: Scenario = {
  name: 'legacy',
  handlers: () => [
    http.all(API_REQUEST, ({ request }) =>
      isProvisional(apiPath(request))
        ? failWith(request, 404, 'Not found.')
        : undefined,
    ),
  ],
};
