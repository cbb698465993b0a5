import type { Scenario } from './types';

/**
 * Nobody is signed in: the base handlers answer 401 "Authentication
 * credentials were not provided." until the person signs in with a mock
 * token on the sign-in page.
 */
export const signedOutScenario: Scenario = {
  name: 'signed-out',
  signIn: null,
  handlers: () => [],
};
