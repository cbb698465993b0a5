import type { RequestHandler } from 'msw';

import { db } from '../db';
import { defaultScenario } from './default';
import { emptyScenario } from './empty';
import { errorsScenario } from './errors';
import { flakyScenario } from './flaky';
import { legacyScenario } from './legacy';
import { manyScenario } from './many';
import { readonlyScenario } from './readonly';
import { signedOutScenario } from './signedOut';
import { slowScenario } from './slow';
import type { Scenario, ScenarioName, ScenarioOptions } from './types';

export type { Role, Scenario, ScenarioName, ScenarioOptions } from './types';
export { isRole, ROLE_TOKENS, ROLES, roleOfToken } from './roles';

/** Every scenario, in the order the toolbar and the gallery list them. */
export const SCENARIOS: Record<ScenarioName, Scenario> = {
  default: defaultScenario,
  empty: emptyScenario,
  many: manyScenario,
  slow: slowScenario,
  errors: errorsScenario,
  flaky: flakyScenario,
  readonly: readonlyScenario,
  'signed-out': signedOutScenario,
  legacy: legacyScenario,
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && value in SCENARIOS;
}

/** What both `setupWorker` and `setupServer` offer. */
export interface HandlerTarget {
  use(...handlers: RequestHandler[]): void;
  resetHandlers(...handlers: RequestHandler[]): void;
}

/** The handlers a scenario puts in front of the happy-path ones. */
export function scenarioHandlers(
  name: ScenarioName,
  options: ScenarioOptions = {},
): RequestHandler[] {
  return SCENARIOS[name].handlers(options);
}

/**
 * Switches the mock backend to a scenario: drops earlier overrides, puts
 * the scenario's handlers first and changes the data if it has its own.
 * Signing in as the scenario's user is left to the caller.
 */
export function applyScenario(
  target: HandlerTarget,
  name: ScenarioName,
  options: ScenarioOptions = {},
): Scenario {
  const scenario = SCENARIOS[name];
  target.resetHandlers();
  target.use(...scenario.handlers(options));
  scenario.data?.(db);
  return scenario;
}

/** Puts a scenario's data back, e.g. after the mock data was reset. */
export function applyScenarioData(name: ScenarioName): void {
  SCENARIOS[name].data?.(db);
}
