import { describe, expect, it } from 'vitest';

import { isNeverUsed, keyStatus, matchesStatus } from './keyStatus';

const NOW = new Date('2026-11-30T09:00:00Z');

const key = (is_active: boolean, expires_at: string | null) => ({
  is_active,
  expires_at,
});

describe('keyStatus', () => {
  it.each([
    ['active without expiry', key(true, null), 'active'],
    ['active far from expiry', key(true, '2027-01-01T00:00:00Z'), 'active'],
    ['expiring within 7 days', key(true, '2026-12-07T08:00:00Z'), 'expiring'],
    [
      'expiring at exactly 7 days',
      key(true, '2026-12-07T09:00:00Z'),
      'expiring',
    ],
    ['active just past 7 days', key(true, '2026-12-07T09:00:01Z'), 'active'],
    ['expired at this instant', key(true, '2026-11-30T09:00:00Z'), 'expired'],
    ['expired yesterday', key(true, '2026-11-29T09:00:00Z'), 'expired'],
    ['revoked before expiry', key(false, '2027-01-01T00:00:00Z'), 'revoked'],
    ['revoked after expiry', key(false, '2026-01-01T00:00:00Z'), 'revoked'],
  ] as const)('reads %s', (_, value, status) => {
    expect(keyStatus(value, NOW)).toBe(status);
  });

  it('marks a key without a last use as never used', () => {
    expect(isNeverUsed({ last_used_at: null })).toBe(true);
    expect(isNeverUsed({ last_used_at: '2026-11-29T09:00:00Z' })).toBe(false);
  });

  it('counts expired and expiring keys as not revoked', () => {
    expect(
      matchesStatus(key(true, '2026-11-01T00:00:00Z'), 'active', NOW),
    ).toBe(true);
    expect(matchesStatus(key(false, null), 'active', NOW)).toBe(false);
    expect(matchesStatus(key(false, null), 'revoked', NOW)).toBe(true);
    expect(
      matchesStatus(key(true, '2026-12-01T00:00:00Z'), 'expired', NOW),
    ).toBe(false);
  });
});
