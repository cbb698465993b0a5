import type { ServiceState } from '@/api/schemas';

import { AGENT_UUIDS, OFFERING_UUIDS, USER_UUIDS } from './ids';

export type ServiceMode =
  'order_process' | 'report' | 'membership_sync' | 'event_process';
export type Backend = 'SLURM' | 'MOAB' | 'MUP';

export interface AgentSpec {
  uuid: string;
  offering: string;
  name: string;
  version: string | null;
  createdBy: string | null;
  /** Days between creation and MOCK_NOW. */
  age: number;
  restartedHoursAgo: number;
  backend: Backend;
  backendVersion: string;
  /** Whether the agent reported its config file (a new one has not). */
  isConfigured: boolean;
  services: Array<[ServiceMode, ServiceState]>;
}

const A = AGENT_UUIDS;
const O = OFFERING_UUIDS;
const { manager, owner } = USER_UUIDS;

const DEFAULTS = {
  version: '0.7.3',
  backend: 'SLURM',
  backendVersion: '23.11.4',
  isConfigured: true,
} as const;

function spec(
  fields: Omit<AgentSpec, keyof typeof DEFAULTS> & Partial<AgentSpec>,
): AgentSpec {
  return { ...DEFAULTS, ...fields };
}

/** The seeded agents: every service state, some with no services at all. */
export const AGENT_SPECS: AgentSpec[] = [
  spec({
    uuid: A.tartu01,
    offering: O.slurm,
    name: 'slurm-agent-tartu-01',
    createdBy: manager,
    age: 420,
    restartedHoursAgo: 52,
    services: [
      ['order_process', 'Active'],
      ['report', 'Active'],
      ['membership_sync', 'Active'],
      ['event_process', 'Active'],
    ],
  }),
  spec({
    uuid: A.tartu02,
    offering: O.slurm,
    name: 'slurm-agent-tartu-02',
    createdBy: manager,
    age: 400,
    restartedHoursAgo: 52,
    services: [
      ['order_process', 'Active'],
      ['report', 'Idle'],
      ['membership_sync', 'Active'],
    ],
  }),
  spec({
    uuid: A.tallinn01,
    offering: O.slurm,
    name: 'slurm-agent-tallinn-01',
    createdBy: manager,
    age: 350,
    restartedHoursAgo: 3,
    version: '0.7.2',
    backendVersion: '24.05.2',
    services: [
      ['order_process', 'Error'],
      ['report', 'Active'],
    ],
  }),
  spec({
    uuid: A.helsinki01,
    offering: O.slurm,
    name: 'slurm-agent-helsinki-01',
    createdBy: owner,
    age: 310,
    restartedHoursAgo: 170,
    backendVersion: '24.05.2',
    services: [
      ['order_process', 'Active'],
      ['membership_sync', 'Active'],
      ['event_process', 'Active'],
    ],
  }),
  spec({
    uuid: A.moab01,
    offering: O.slurm,
    name: 'moab-agent-legacy-01',
    createdBy: null,
    age: 290,
    restartedHoursAgo: 900,
    version: '0.5.4',
    backend: 'MOAB',
    backendVersion: '9.1.3',
    services: [
      ['order_process', 'Error'],
      ['report', 'Error'],
    ],
  }),
  spec({
    uuid: A.riga01,
    offering: O.slurm,
    name: 'slurm-agent-riga-01',
    createdBy: manager,
    age: 250,
    restartedHoursAgo: 400,
    version: '0.6.9',
    backendVersion: '22.05.11',
    services: [
      ['order_process', 'Idle'],
      ['report', 'Idle'],
    ],
  }),
  spec({
    uuid: A.vilnius01,
    offering: O.slurm,
    name: 'slurm-agent-vilnius-01',
    createdBy: manager,
    age: 120,
    restartedHoursAgo: 120 * 24,
    version: '0.7.1',
    services: [],
  }),
  spec({
    uuid: A.sandbox,
    offering: O.slurm,
    name: 'slurm-agent-sandbox',
    createdBy: owner,
    age: 12,
    restartedHoursAgo: 12 * 24,
    version: null,
    isConfigured: false,
    services: [],
  }),
  spec({
    uuid: A.batch01,
    offering: O.script,
    name: 'script-agent-batch-01',
    createdBy: owner,
    age: 380,
    restartedHoursAgo: 30,
    services: [
      ['order_process', 'Active'],
      ['report', 'Active'],
    ],
  }),
  spec({
    uuid: A.batch02,
    offering: O.script,
    name: 'script-agent-batch-02',
    createdBy: owner,
    age: 300,
    restartedHoursAgo: 75,
    services: [['order_process', 'Idle']],
  }),
  spec({
    uuid: A.mup01,
    offering: O.script,
    name: 'mup-agent-bridge-01',
    createdBy: owner,
    age: 200,
    restartedHoursAgo: 8,
    version: '0.7.0',
    backend: 'MUP',
    backendVersion: '1.4.0',
    services: [
      ['order_process', 'Active'],
      ['membership_sync', 'Error'],
    ],
  }),
  spec({
    uuid: A.staging,
    offering: O.script,
    name: 'script-agent-staging',
    createdBy: owner,
    age: 5,
    restartedHoursAgo: 5 * 24,
    version: '0.8.0rc1',
    backendVersion: '24.05.2',
    services: [],
  }),
  spec({
    uuid: A.oslo01,
    offering: O.nordic,
    name: 'slurm-agent-oslo-01',
    createdBy: USER_UUIDS.nordicOwner,
    age: 500,
    restartedHoursAgo: 20,
    services: [
      ['order_process', 'Active'],
      ['report', 'Active'],
    ],
  }),
];
