import { createDb } from '../db';
import type { Scenario } from './types';

/**
 * The signed-in owner's organization has no agents, keys, widgets or usage:
 * the seed's `empty` variant, so what a person registers does show up.
 */
export const emptyScenario: Scenario = {
  name: 'empty',
  handlers: () => [],
  data: (db) => {
    Object.assign(db, createDb('empty'));
  },
};
