import { setToken } from '@/api/session';

import { server } from '../node';
import { applyScenario, ROLE_TOKENS } from './index';
import type { Scenario, ScenarioName, ScenarioOptions } from './types';

/**
 * For tests: runs the mock server in a scenario, with its data and its
 * signed-in user, until the test ends (the setup resets handlers and data
 * after each test). Not a React hook, whatever the name says.
 */
export function useScenario(
  name: ScenarioName,
  options: ScenarioOptions = {},
): Scenario {
  const scenario = applyScenario(server, name, options);
  if (scenario.signIn === null) setToken(null);
  else if (scenario.signIn) setToken(ROLE_TOKENS[scenario.signIn], false);
  return scenario;
}
