import { createAgentApi } from '@/api/agentApi';
import { ApiError } from '@/api/errors';

import { OWNER_TOKEN } from './seed';

/** The API root the mock tests call; any origin works with the mocks. */
export const BASE_URL = 'http://localhost/api/';

/** The typed client as a given seeded user, against the mock server. */
export function apiAs(token: string = OWNER_TOKEN) {
  return createAgentApi({ baseUrl: BASE_URL, token });
}

/** Raw fetch of an API path, for what the client would never send. */
export function call(
  path: string,
  init: RequestInit & { token?: string | null } = {},
): Promise<Response> {
  const { token = OWNER_TOKEN, headers, ...rest } = init;
  return fetch(`${BASE_URL}${path}`, {
    ...rest,
    headers: {
      ...(token ? { Authorization: `Token ${token}` } : {}),
      ...(rest.body ? { 'Content-Type': 'application/json' } : {}),
      ...(headers as Record<string, string> | undefined),
    },
  });
}

/** The ApiError a request fails with; fails the test if it succeeds. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail, but it succeeded');
}
