import type { Dependency } from '@/api/schemas';

import { int, type Rng } from '../random';
import type { AgentSpec, ServiceMode } from './agentSpecs';

export const CONFIG_FILE_PATH = '/etc/waldur/waldur-site-agent-config.yaml';

const PLUGINS: Record<AgentSpec['backend'], string> = {
  SLURM: 'waldur-site-agent-slurm',
  MOAB: 'waldur-site-agent-moab',
  MUP: 'waldur-site-agent-mup',
};

export function dependenciesOf(spec: AgentSpec): Dependency[] {
  if (spec.version === null) return [];
  return [
    { package: 'waldur-site-agent', version: spec.version },
    { package: PLUGINS[spec.backend], version: spec.version },
    { package: 'waldur-api-client', version: '7.8.5' },
    { package: 'pyyaml', version: '6.0.2' },
  ];
}

/** A config file as waldur-site-agent reads it; the token stays a reference. */
export function configOf(spec: AgentSpec, offeringName: string): string {
  const backend = spec.backend.toLowerCase();
  return [
    'sentry_dsn: ""',
    'timezone: "UTC"',
    'offerings:',
    `  - name: "${offeringName}"`,
    '    waldur_api_url: "https://waldur.aurora-cloud.example.org/api/"',
    '    waldur_api_token: "<set on the host, not in the kit>"',
    `    waldur_offering_uuid: "${spec.offering}"`,
    `    backend_type: "${backend}"`,
    `    order_processing_backend: "${backend}"`,
    `    membership_sync_backend: "${backend}"`,
    `    reporting_backend: "${backend}"`,
    '    backend_settings:',
    '      default_account: "root"',
    '      customer_prefix: "hpc_"',
    '      project_prefix: "hpc_"',
    '      allocation_prefix: "hpc_"',
    '    backend_components:',
    '      cpu:',
    '        limit: 10',
    '        measured_unit: "k-Hours"',
    '        unit_factor: 60000',
    '        accounting_type: "usage"',
    '        label: "CPU"',
    '      mem:',
    '        limit: 10',
    '        measured_unit: "gb-Hours"',
    '        unit_factor: 61440',
    '        accounting_type: "usage"',
    '        label: "RAM"',
    '',
  ].join('\n');
}

const ERRORS: Record<AgentSpec['backend'], string> = {
  SLURM: 'sacctmgr: error: Problem talking to the database: Connection refused',
  MOAB: 'mam-list-accounts: Failed to connect to the accounting server',
  MUP: 'MUP API answered 503 Service Unavailable',
};

/** The last error a failing service reports for its backend. */
export function errorOf(spec: AgentSpec): string {
  return ERRORS[spec.backend];
}

export const SERVICE_NAMES: Record<ServiceMode, string> = {
  order_process: 'Order processing',
  report: 'Usage reporting',
  membership_sync: 'Membership sync',
  event_process: 'Event processing',
};

export const PROCESSORS: Record<ServiceMode, string[]> = {
  order_process: ['OfferingOrderProcessor'],
  report: ['OfferingReportProcessor'],
  membership_sync: ['OfferingMembershipProcessor'],
  event_process: ['OfferingOrderProcessor', 'OfferingMembershipProcessor'],
};

/** What a running service reports about itself, by mode. */
export function statisticsOf(
  rng: Rng,
  mode: ServiceMode,
  error: string | null,
): Record<string, unknown> {
  const isFailing = error !== null;
  const base: Record<ServiceMode, Record<string, unknown>> = {
    order_process: {
      processed_orders: int(rng, 40, 2400),
      failed_orders: isFailing ? int(rng, 3, 40) : int(rng, 0, 2),
      last_duration_seconds: int(rng, 8, 90) / 10,
    },
    report: {
      reported_resources: int(rng, 10, 180),
      last_report_period: '2026-11',
      last_duration_seconds: int(rng, 40, 300) / 10,
    },
    membership_sync: {
      synced_users: int(rng, 50, 600),
      added_users: int(rng, 0, 6),
      removed_users: int(rng, 0, 3),
      last_duration_seconds: int(rng, 20, 120) / 10,
    },
    event_process: {
      events_received: int(rng, 500, 9000),
      events_failed: isFailing ? int(rng, 5, 50) : 0,
      transport: 'stomp',
    },
  };
  if (!isFailing) return base[mode];
  return {
    ...base[mode],
    error_count: int(rng, 3, 60),
    last_error: error,
  };
}
