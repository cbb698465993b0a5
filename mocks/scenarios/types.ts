import type { RequestHandler } from 'msw';

import type { Db } from '../records';

export type ScenarioName =
  | 'default'
  | 'empty'
  | 'many'
  | 'slow'
  | 'errors'
  | 'flaky'
  | 'readonly'
  | 'signed-out'
  | 'legacy';

/** The seeded people the dev toolbar signs in as. */
export type Role = 'owner' | 'manager' | 'member';

export interface ScenarioOptions {
  /** `slow`: how long every API response waits, in ms (1500). */
  delayMs?: number;
  /** `flaky`: the share of requests that fail (0.25). */
  failureRate?: number;
  /** `flaky`: the PRNG seed; the same seed fails the same requests. */
  seed?: number;
}

/**
 * A state of the mock backend: handlers put in front of the happy-path
 * ones, and optionally other data or another signed-in user.
 */
export interface Scenario {
  name: ScenarioName;
  handlers(options: ScenarioOptions): RequestHandler[];
  /**
   * Changes the database in memory. Such data is never persisted, so the
   * stored mock data is what the other scenarios find again.
   */
  data?: (db: Db) => void;
  /** Who the scenario signs in: a role, or null for nobody. */
  signIn?: Role | null;
}
