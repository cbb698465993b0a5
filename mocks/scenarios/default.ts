import type { Scenario } from './types';

/** The happy path: the base handlers and the seed as they are. */
export const defaultScenario: Scenario = {
  name: 'default',
  handlers: () => [],
};
