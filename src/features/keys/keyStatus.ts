import type { AccessKey } from '@/api/schemas';

/** A key within this many days of its expiry "expires soon". */
export const EXPIRES_SOON_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export type KeyStatus = 'active' | 'expiring' | 'expired' | 'revoked';

type StatusFields = Pick<AccessKey, 'is_active' | 'expires_at'>;

/**
 * The one status a key has. Revoked wins over expired: a revoked key stays
 * revoked whatever its date says, and that is what the server answers first.
 */
export function keyStatus(key: StatusFields, now: Date): KeyStatus {
  if (!key.is_active) return 'revoked';
  if (key.expires_at === null) return 'active';
  const left = Date.parse(key.expires_at) - now.getTime();
  if (left <= 0) return 'expired';
  if (left <= EXPIRES_SOON_DAYS * DAY_MS) return 'expiring';
  return 'active';
}

/** "Never used" is a badge beside the status, not a status of its own. */
export function isNeverUsed(key: Pick<AccessKey, 'last_used_at'>): boolean {
  return key.last_used_at === null;
}

/**
 * The statuses the list can filter by. The server knows only `is_active`,
 * so "expires soon" and "expired" are worked out on top of it (see
 * keyListParams.ts for how).
 */
export const STATUS_FILTERS = [
  'active',
  'expiring',
  'expired',
  'revoked',
] as const;

export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Whether a key belongs under a status filter. */
export function matchesStatus(
  key: StatusFields,
  filter: StatusFilter,
  now: Date,
): boolean {
  const status = keyStatus(key, now);
  if (filter === 'active') return status !== 'revoked';
  return status === filter;
}
