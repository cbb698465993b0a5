import type { QueryClient } from '@tanstack/react-query';

import { resetDb } from '@mocks/db';
import {
  resetPersistedDb,
  restoreDb,
  type RestoreOutcome,
} from '@mocks/persist';
import {
  applyScenario,
  applyScenarioData,
  type HandlerTarget,
  isRole,
  isScenarioName,
  type Role,
  ROLE_TOKENS,
  type Scenario,
  SCENARIOS,
  type ScenarioName,
} from '@mocks/scenarios';

import { getToken, setToken } from '@/api/session';

/*
 * The mock backend's session in this browser tab: which scenario runs and
 * which seeded role is signed in, both kept in sessionStorage so that they
 * survive navigation and reloads, and `?scenario=<name>` on any URL.
 */
export const SCENARIO_KEY = 'site-kit:scenario';
export const ROLE_KEY = 'site-kit:mock-role';
export const SCENARIO_PARAM = 'scenario';

export interface MockState {
  scenario: ScenarioName;
  /** How the stored mock data was found at start-up. */
  restore: RestoreOutcome;
  /** A `?scenario=` value that names no scenario. */
  unknownScenario: string | null;
}

let target: HandlerTarget | null = null;
export const mockState: MockState = {
  scenario: 'default',
  restore: 'fresh',
  unknownScenario: null,
};

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function storedRole(): Role {
  const role = storage()?.getItem(ROLE_KEY);
  return isRole(role) ? role : 'owner';
}

function storedScenario(): ScenarioName {
  const name = storage()?.getItem(SCENARIO_KEY);
  return isScenarioName(name) ? name : 'default';
}

/**
 * The scenario a page load asks for: `?scenario=` (taken out of the address
 * so a later choice in the toolbar is not undone by a reload), else the
 * tab's last one. `fresh` when the address chose it.
 */
function scenarioOfPageLoad(): { name: ScenarioName; fresh: boolean } {
  if (typeof location === 'undefined') {
    return { name: storedScenario(), fresh: false };
  }
  const url = new URL(location.href);
  const asked = url.searchParams.get(SCENARIO_PARAM);
  if (asked === null) return { name: storedScenario(), fresh: false };
  url.searchParams.delete(SCENARIO_PARAM);
  history.replaceState(history.state, '', url);
  if (!isScenarioName(asked)) {
    mockState.unknownScenario = asked;
    return { name: storedScenario(), fresh: false };
  }
  return { name: asked, fresh: true };
}

/**
 * Signs in whom the scenario wants. A scenario without a user of its own
 * gets the tab's chosen role; `signed-out` signs out when chosen, but a
 * reload keeps a token the person then entered on the sign-in page.
 */
function signIn(scenario: Scenario, fresh: boolean): void {
  if (scenario.signIn === null) {
    if (fresh) setToken(null);
    return;
  }
  setToken(ROLE_TOKENS[scenario.signIn ?? storedRole()], false);
}

/** Whether writes may be stored: a scenario's own data stays in memory. */
export function shouldPersist(): boolean {
  return !SCENARIOS[mockState.scenario].data;
}

/**
 * Starts the session on a page load, after the stored data was restored:
 * applies the scenario to the handlers and signs in.
 */
export function startMockSession(
  handlers: HandlerTarget,
  restore: RestoreOutcome,
): Scenario {
  target = handlers;
  mockState.restore = restore;
  mockState.unknownScenario = null;
  const { name, fresh } = scenarioOfPageLoad();
  storage()?.setItem(SCENARIO_KEY, name);
  mockState.scenario = name;
  const scenario = applyScenario(handlers, name);
  signIn(scenario, fresh);
  return scenario;
}

/** Shows fresh data: clears when signed out, refetches what is on screen. */
async function refresh(queryClient: QueryClient): Promise<void> {
  if (getToken() === null) queryClient.clear();
  else await queryClient.resetQueries();
}

/** Switches the scenario in place, as a page load with `?scenario=` would. */
export async function switchScenario(
  name: ScenarioName,
  queryClient: QueryClient,
): Promise<void> {
  if (!target) return;
  if (SCENARIOS[mockState.scenario].data) {
    // Back to the stored data the scenario's own data stood in for.
    resetDb();
    restoreDb();
  }
  storage()?.setItem(SCENARIO_KEY, name);
  mockState.scenario = name;
  signIn(applyScenario(target, name), true);
  await refresh(queryClient);
}

export async function switchRole(
  role: Role,
  queryClient: QueryClient,
): Promise<void> {
  storage()?.setItem(ROLE_KEY, role);
  setToken(ROLE_TOKENS[role], false);
  await refresh(queryClient);
}

/** Back to the seed (the scenario's data, if it has its own). */
export async function resetMockData(queryClient: QueryClient): Promise<void> {
  resetPersistedDb();
  applyScenarioData(mockState.scenario);
  mockState.restore = 'fresh';
  await refresh(queryClient);
}
