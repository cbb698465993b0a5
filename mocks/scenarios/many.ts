import { addManyRecords } from './manyData';
import type { Scenario } from './types';

/**
 * Lists at scale: the seeded organization has 5,000 agents and its first
 * agent 500 keys, so paging, search and counts meet real numbers.
 */
export const manyScenario: Scenario = {
  name: 'many',
  handlers: () => [],
  data: addManyRecords,
};
