import { seededKey } from '../apiKeys';
import type { AccessKeyRecord, UsageRecordRow } from '../records';
import { int, type Rng } from '../random';
import { ago, ahead, DAY, HOUR, MINUTE } from './clock';
import { KEY_UUIDS } from './ids';
import { KEY_SPECS } from './keySpecs';
import { seedUsage } from './usage';

/**
 * Plaintexts of seeded keys, for tests and for trying the MCP endpoint in
 * the demo. Only seeded keys have one; a created key's plaintext is
 * returned once and never stored.
 */
export const SEEDED_KEY_PLAINTEXTS = {
  active: seededKey(KEY_UUIDS.active).plaintext,
  expiringSoon: seededKey(KEY_UUIDS.expiringSoon).plaintext,
  expired: seededKey(KEY_UUIDS.expired).plaintext,
  revoked: seededKey(KEY_UUIDS.revoked).plaintext,
  /** A key of the second agent: refused by the first agent's endpoint. */
  otherAgent: seededKey(KEY_UUIDS.tartu02Active).plaintext,
} as const;

export function seedKeys(rng: Rng): {
  accessKeys: AccessKeyRecord[];
  usage: UsageRecordRow[];
} {
  const accessKeys: AccessKeyRecord[] = [];
  const usage: UsageRecordRow[] = [];

  for (const spec of KEY_SPECS) {
    const issued = seededKey(spec.uuid);
    const created = ago(rng, spec.createdDaysAgo * DAY - int(rng, 1, 8) * HOUR);
    const revoked =
      spec.revokedDaysAgo === undefined
        ? null
        : // Late on that day, after its last use.
          ago(rng, spec.revokedDaysAgo * DAY - 14 * HOUR - 55 * MINUTE);
    const rows = spec.level === null ? [] : seedUsage(rng, spec, spec.level);
    const lastRow = rows.at(-1);
    let lastUsedAt: string | null = lastRow?.modified ?? null;
    if (spec.level !== null && !lastRow) {
      // Used, but only before the seeded 90 days.
      lastUsedAt = ago(rng, (spec.lastUseDaysAgo ?? 0) * DAY);
    }

    accessKeys.push({
      uuid: spec.uuid,
      identity: spec.identity,
      project: spec.project,
      name: spec.name,
      key_prefix: issued.keyPrefix,
      key_hash: issued.keyHash,
      is_active: revoked === null,
      expires_at:
        spec.expiresInDays === null
          ? null
          : ahead(rng, spec.expiresInDays * DAY),
      last_used_at: lastUsedAt,
      rotated_from: spec.rotatedFrom ?? null,
      created,
      modified: revoked ?? created,
    });
    usage.push(...rows);
  }
  return { accessKeys, usage };
}
