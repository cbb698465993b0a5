import { AGENT_UUIDS as A, KEY_UUIDS as K, PROJECT_UUIDS as P } from './ids';

export interface KeySpec {
  uuid: string;
  identity: string;
  project: string;
  name: string;
  createdDaysAgo: number;
  /** Days from MOCK_NOW to expiry; negative is expired, null never expires. */
  expiresInDays: number | null;
  revokedDaysAgo?: number;
  rotatedFrom?: string;
  /** Requests on a busy weekday; null for a key that was never used. */
  level: number | null;
  /** Days before MOCK_NOW of the last use, when it stopped early. */
  lastUseDaysAgo?: number;
}

function key(
  uuid: string,
  identity: string,
  project: string,
  name: string,
  createdDaysAgo: number,
  level: number | null,
  extra: Partial<KeySpec> = {},
): KeySpec {
  return {
    uuid,
    identity,
    project,
    name,
    createdDaysAgo,
    expiresInDays: null,
    level,
    ...extra,
  };
}

const first = A.tartu01;

/**
 * Keys in every status. The first agent has twelve of them; the rotated
 * pairs show a successor beside its still-active predecessor and beside a
 * revoked one.
 */
export const KEY_SPECS: KeySpec[] = [
  key(K.active, first, P.genomics, 'Website chat backend', 200, 120),
  key(K.expiringSoon, first, P.climate, 'Jupyter notebooks', 85, 40, {
    expiresInDays: 5,
  }),
  key(K.expired, first, P.materials, 'CI pipeline', 120, 25, {
    expiresInDays: -10,
    lastUseDaysAgo: 11,
  }),
  key(K.revoked, first, P.genomics, 'Old integration', 300, 30, {
    revokedDaysAgo: 20,
    lastUseDaysAgo: 20,
  }),
  key(K.neverUsed, first, P.training, 'Reporting script', 6, null, {
    expiresInDays: 60,
  }),
  key(K.rotatedOld, first, P.climate, 'Slack bot', 150, 60, {
    lastUseDaysAgo: 2,
  }),
  key(K.rotatedNew, first, P.climate, 'Slack bot', 2, 60, {
    rotatedFrom: K.rotatedOld,
  }),
  key(K.mcpDesktop, first, P.genomics, 'MCP desktop client', 45, 15, {
    expiresInDays: 90,
  }),
  key(K.exportOld, first, P.materials, 'Data export cron', 180, 10, {
    revokedDaysAgo: 30,
    lastUseDaysAgo: 30,
  }),
  key(K.exportNew, first, P.materials, 'Data export cron', 30, 10, {
    rotatedFrom: K.exportOld,
  }),
  key(K.expiredUnused, first, P.training, 'Evaluation sandbox', 70, null, {
    expiresInDays: -40,
  }),
  key(K.partnerPortal, first, P.astro, 'Partner portal', 25, 5, {
    expiresInDays: 2,
  }),
  key(K.tartu02Active, A.tartu02, P.genomics, 'Website chat backend', 150, 35),
  key(K.tartu02Revoked, A.tartu02, P.climate, 'Nightly report', 200, 8, {
    revokedDaysAgo: 60,
    lastUseDaysAgo: 61,
  }),
  key(K.tartu02Unused, A.tartu02, P.training, 'Test key', 3, null),
  key(K.tallinnProbe, A.tallinn01, P.materials, 'Monitoring probe', 100, 20),
  key(K.helsinkiActive, A.helsinki01, P.genomics, 'Helpdesk assistant', 90, 50),
  key(K.helsinkiExpired, A.helsinki01, P.genomics, 'Helpdesk (2025)', 400, 30, {
    expiresInDays: -95,
    lastUseDaysAgo: 96,
  }),
  key(K.batchActive, A.batch01, P.materials, 'Batch submit API', 160, 70),
  key(K.batchRevoked, A.batch01, P.materials, 'Batch submit (old)', 300, 70, {
    revokedDaysAgo: 160,
    lastUseDaysAgo: 160,
  }),
  key(K.mupActive, A.mup01, P.training, 'MUP sync', 60, 12, {
    expiresInDays: 6,
  }),
  key(K.nordicActive, A.oslo01, P.nordicStorage, 'Nordic portal', 100, 30),
];
