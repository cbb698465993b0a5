import type { ServiceState } from '@/api/schemas';

import type {
  IdentityRecord,
  OfferingRecord,
  ProcessorRecord,
  ServiceRecord,
} from '../records';
import { int, type Rng, uuid } from '../random';
import {
  CONFIG_FILE_PATH,
  configOf,
  dependenciesOf,
  errorOf,
  PROCESSORS,
  SERVICE_NAMES,
  statisticsOf,
} from './agentConfig';
import { AGENT_SPECS, type AgentSpec, type ServiceMode } from './agentSpecs';
import { ago, DAY, daysAgo, HOUR, MINUTE } from './clock';

export interface SeededAgents {
  identities: IdentityRecord[];
  services: ServiceRecord[];
  processors: ProcessorRecord[];
}

/**
 * How long ago a processor last ran, by its service's state: Active ones ran
 * minutes ago, Idle ones not for over ten minutes (some for hours, so the
 * stale filter has something to find), Error ones keep running and failing.
 */
function lastRunAgo(rng: Rng, state: ServiceState, spec: AgentSpec): number {
  if (state === 'Active') return int(rng, 20, 360) * 1000;
  if (state === 'Error') return int(rng, 1, 9) * MINUTE;
  return spec.restartedHoursAgo > 200
    ? int(rng, 50, 80) * HOUR
    : int(rng, 25, 170) * MINUTE;
}

function seedService(
  rng: Rng,
  spec: AgentSpec,
  [mode, state]: [ServiceMode, ServiceState],
  index: number,
  out: SeededAgents,
): void {
  const serviceUuid = uuid(rng);
  // Services register one after another on the agent's first start.
  const created = ago(rng, spec.age * DAY - HOUR - index * 5 * MINUTE);
  const runs = PROCESSORS[mode].map(() => lastRunAgo(rng, state, spec));
  const latest = ago(rng, Math.min(...runs));

  out.services.push({
    uuid: serviceUuid,
    identity: spec.uuid,
    name: SERVICE_NAMES[mode],
    mode,
    state,
    statistics: statisticsOf(
      rng,
      mode,
      state === 'Error' ? errorOf(spec) : null,
    ),
    created,
    modified: latest,
  });
  PROCESSORS[mode].forEach((name, index) => {
    const lastRun = ago(rng, runs[index] ?? 0);
    out.processors.push({
      uuid: uuid(rng),
      service: serviceUuid,
      name,
      last_run: lastRun,
      backend_type: spec.backend,
      backend_version: spec.backendVersion,
      created,
      modified: lastRun,
    });
  });
}

export function seedAgents(
  rng: Rng,
  offerings: OfferingRecord[],
): SeededAgents {
  const out: SeededAgents = { identities: [], services: [], processors: [] };

  for (const spec of AGENT_SPECS) {
    const offering = offerings.find((o) => o.uuid === spec.offering);
    const created = daysAgo(rng, spec.age, int(rng, 1, 8));
    const restarted = ago(rng, spec.restartedHoursAgo * HOUR);
    out.identities.push({
      uuid: spec.uuid,
      offering: spec.offering,
      created_by: spec.createdBy,
      name: spec.name,
      version: spec.version,
      dependencies: dependenciesOf(spec),
      config_file_path: spec.isConfigured ? CONFIG_FILE_PATH : null,
      config_file_content: spec.isConfigured
        ? configOf(spec, offering?.name ?? '')
        : null,
      last_restarted: restarted < created ? created : restarted,
      created,
      modified: restarted < created ? created : restarted,
    });
    spec.services.forEach((service, index) =>
      seedService(rng, spec, service, index, out),
    );
  }
  return out;
}
