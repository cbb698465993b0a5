import { SEED } from '../mocks/seed';

const org = `/organization/${SEED.orgUuid}/agents/`;
const agent = `${org}${SEED.agentUuid}/`;

/**
 * Every page of the seeded organization and its first agent, and the empty
 * ones, with a Playwright selector for what shows once content is there.
 */
export const SEED_ROUTES = [
  { name: 'agent list', path: org, ready: 'main table tbody tr' },
  { name: 'configure', path: `${agent}configure/`, ready: 'main form input' },
  { name: 'widgets', path: `${agent}widgets/`, ready: 'main table tbody tr' },
  { name: 'keys', path: `${agent}keys/`, ready: 'main table tbody tr' },
  { name: 'usage', path: `${agent}usage/`, ready: 'main table tbody tr' },
  {
    name: 'empty organization',
    path: `/organization/${SEED.emptyOrgUuid}/agents/`,
    ready: 'main >> text=This organization has no agent offerings',
  },
  {
    name: 'agent list in the empty scenario',
    path: `${org}?scenario=empty`,
    ready: 'main >> text=No agents have registered yet',
  },
] as const;
