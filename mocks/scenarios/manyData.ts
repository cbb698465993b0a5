import { seededKey } from '../apiKeys';
import { createRng, int, pick, type Rng, uuid } from '../random';
import type {
  AccessKeyRecord,
  Db,
  IdentityRecord,
  ServiceRecord,
} from '../records';
import { SEED } from '../seed';
import { ago, DAY, HOUR, MINUTE } from '../seed/clock';

export const MANY_AGENTS = 5000;
export const MANY_KEYS = 500;

interface ManyRecords {
  identities: IdentityRecord[];
  services: ServiceRecord[];
  accessKeys: AccessKeyRecord[];
}

/** Its own fixed seed: the generated rows never move the seed's ids. */
const MANY_SEED = 5000500;
const OFFERINGS = [SEED.slurmOfferingUuid, SEED.scriptOfferingUuid];
const PROJECTS = [
  SEED.projects.genomics,
  SEED.projects.climate,
  SEED.projects.materials,
  SEED.projects.training,
];
const STATES = ['Active', 'Active', 'Active', 'Idle', 'Error'] as const;
const SITES = ['tartu', 'tallinn', 'riga', 'vilnius', 'helsinki', 'oslo'];

function agent(rng: Rng, index: number, out: ManyRecords): void {
  const offering = OFFERINGS[index % 3 === 2 ? 1 : 0] ?? SEED.slurmOfferingUuid;
  // Registered after every seeded agent (the youngest is 5 days old), so
  // that the list, in Waldur's order of creation, still opens on the seed.
  const ageHours = int(rng, 2, 4 * 24);
  const created = ago(rng, ageHours * HOUR);
  const restarted = ago(rng, int(rng, 1, ageHours - 1) * HOUR);
  const identity = uuid(rng);
  const number = String(index + 1).padStart(4, '0');
  out.identities.push({
    uuid: identity,
    offering,
    created_by: null,
    name: `${offering === SEED.slurmOfferingUuid ? 'slurm' : 'batch'}-agent-${pick(rng, SITES)}-${number}`,
    version: `0.7.${int(rng, 0, 3)}`,
    dependencies: [],
    config_file_path: null,
    config_file_content: null,
    last_restarted: restarted,
    created,
    modified: restarted,
  });
  // Every fifth agent has never started: no services.
  if (index % 5 === 4) return;
  out.services.push({
    uuid: uuid(rng),
    identity,
    name: 'Order processing',
    mode: 'order_process',
    state: pick(rng, STATES),
    statistics: {},
    created,
    modified: ago(rng, int(rng, 1, 60) * MINUTE),
  });
}

function key(rng: Rng, index: number): AccessKeyRecord {
  const keyUuid = uuid(rng);
  const issued = seededKey(`many-${keyUuid}`);
  const created = ago(rng, int(rng, 1, 400) * DAY);
  const revoked = index % 7 === 6;
  const expiresInDays = index % 4 === 0 ? null : int(rng, -60, 365);
  return {
    uuid: keyUuid,
    identity: SEED.agentUuid,
    project: pick(rng, PROJECTS),
    name: `service key ${String(index + 1).padStart(3, '0')}`,
    key_prefix: issued.keyPrefix,
    key_hash: issued.keyHash,
    is_active: !revoked,
    expires_at: expiresInDays === null ? null : ago(rng, -expiresInDays * DAY),
    last_used_at: index % 3 === 0 ? null : ago(rng, int(rng, 1, 90) * HOUR),
    rotated_from: null,
    created,
    modified: created,
  };
}

let built: string | null = null;

/** Generated once, on first use, then copied: about 5,000 rows. */
function manyRecords(): ManyRecords {
  if (built === null) {
    const rng = createRng(MANY_SEED);
    const out: ManyRecords = { identities: [], services: [], accessKeys: [] };
    for (let i = 0; i < MANY_AGENTS; i += 1) agent(rng, i, out);
    for (let i = 0; i < MANY_KEYS; i += 1) out.accessKeys.push(key(rng, i));
    built = JSON.stringify(out);
  }
  return JSON.parse(built) as ManyRecords;
}

/**
 * Tops the seeded organization up to 5,000 agents and its first agent up to
 * 500 keys. Applying it twice adds nothing more.
 */
export function addManyRecords(db: Db): void {
  const orgOfferings = new Set<string>(OFFERINGS);
  const agents = db.identities.filter((i) => orgOfferings.has(i.offering));
  const keys = db.accessKeys.filter((k) => k.identity === SEED.agentUuid);
  const missingAgents = MANY_AGENTS - agents.length;
  const missingKeys = MANY_KEYS - keys.length;
  if (missingAgents <= 0 && missingKeys <= 0) return;

  const records = manyRecords();
  const identities = records.identities.slice(0, Math.max(0, missingAgents));
  const added = new Set(identities.map((i) => i.uuid));
  db.identities.push(...identities);
  db.services.push(...records.services.filter((s) => added.has(s.identity)));
  db.accessKeys.push(...records.accessKeys.slice(0, Math.max(0, missingKeys)));
}
