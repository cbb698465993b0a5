import type { Db } from '../records';
import { createRng } from '../random';
import { seedAgents } from './agents';
import {
  AGENT_UUIDS,
  CUSTOMER_UUIDS,
  KEY_UUIDS,
  OFFERING_UUIDS,
  PROJECT_UUIDS,
  USER_UUIDS,
  WIDGET_UUIDS,
} from './ids';
import { seedKeys } from './keys';
import { seedMcp } from './mcp';
import {
  seedCustomers,
  seedOfferings,
  seedPermissions,
  seedProjects,
  seedUsers,
} from './people';
import { seedWidgets } from './widgets';

export { SEEDED_KEY_PLAINTEXTS } from './keys';
export { USAGE_DAYS } from './usage';
export * from './tokens';

/** The handy uuids of the seed, for tests, links and the dev toolbar. */
export const SEED = {
  orgUuid: CUSTOMER_UUIDS.aurora,
  emptyOrgUuid: CUSTOMER_UUIDS.empty,
  consumerOrgUuid: CUSTOMER_UUIDS.baltic,
  otherProviderOrgUuid: CUSTOMER_UUIDS.nordic,
  slurmOfferingUuid: OFFERING_UUIDS.slurm,
  scriptOfferingUuid: OFFERING_UUIDS.script,
  /** A non-agent offering type of the main organization. */
  bookingOfferingUuid: OFFERING_UUIDS.booking,
  otherProviderOfferingUuid: OFFERING_UUIDS.nordic,
  /** The first agent: every key status, widgets, all MCP tools. */
  agentUuid: AGENT_UUIDS.tartu01,
  /** An agent of another provider: invisible to the owner. */
  otherProviderAgentUuid: AGENT_UUIDS.oslo01,
  /** Registered but never started: no services. */
  orphanedAgentUuid: AGENT_UUIDS.vilnius01,
  errorAgentUuid: AGENT_UUIDS.moab01,
  /** The member's project, in the main organization. */
  memberProjectUuid: PROJECT_UUIDS.genomics,
  /** A project of another organization. */
  foreignProjectUuid: PROJECT_UUIDS.thesis,
  users: USER_UUIDS,
  projects: PROJECT_UUIDS,
  offerings: OFFERING_UUIDS,
  agents: AGENT_UUIDS,
  keys: KEY_UUIDS,
  widgets: WIDGET_UUIDS,
} as const;

/** Number of seeded agents in the main organization. */
export const SEED_ORG_AGENT_COUNT = 12;

export type SeedName = 'default' | 'empty';

/** Fixed, so every machine builds the same data. */
const SEED_NUMBER = 20261130;

/**
 * Builds the database for a seed. `empty` keeps the people, organizations
 * and offerings but has no agents, keys, usage or widgets.
 */
export function buildSeed(name: SeedName = 'default'): Db {
  const rng = createRng(SEED_NUMBER);
  const users = seedUsers(rng);
  const customers = seedCustomers(rng);
  const projects = seedProjects(rng);
  const offerings = seedOfferings(rng);
  const base = {
    users,
    permissions: seedPermissions(),
    customers,
    projects,
    offerings,
  };
  if (name === 'empty') {
    return {
      ...base,
      identities: [],
      services: [],
      processors: [],
      accessKeys: [],
      usage: [],
      widgets: [],
      mcp: [],
      rng,
    };
  }

  const agents = seedAgents(rng, offerings);
  const keys = seedKeys(rng);
  return {
    ...base,
    ...agents,
    ...keys,
    widgets: seedWidgets(rng),
    mcp: seedMcp(agents.services),
    rng,
  };
}
