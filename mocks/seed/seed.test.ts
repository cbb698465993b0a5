// @vitest-environment node
import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { hashKey, issueKey, seededKey } from '../apiKeys';
import { MOCK_NOW } from '../clock';
import { createDb } from '../db';
import { sha256Hex } from '../sha256';
import { buildSeed, SEED, SEEDED_KEY_PLAINTEXTS } from '.';

const first = () => {
  const data = createDb();
  return {
    data,
    keys: data.accessKeys.filter((k) => k.identity === SEED.agentUuid),
  };
};

describe('seed', () => {
  it('builds the same data on every run', () => {
    expect(JSON.stringify(buildSeed())).toBe(JSON.stringify(buildSeed()));
  });

  it('has a dozen agents in the main organization, some without services', () => {
    const { data } = first();
    const offerings = data.offerings
      .filter((o) => o.customer === SEED.orgUuid)
      .map((o) => o.uuid);
    const agents = data.identities.filter((i) =>
      offerings.includes(i.offering),
    );
    const orphaned = agents.filter(
      (a) => !data.services.some((s) => s.identity === a.uuid),
    );

    expect(agents).toHaveLength(12);
    expect(orphaned.length).toBeGreaterThanOrEqual(2);
    expect(new Set(data.services.map((s) => s.state))).toEqual(
      new Set(['Active', 'Idle', 'Error']),
    );
  });

  it('gives the first agent twelve keys in every status', () => {
    const { data, keys } = first();
    const now = MOCK_NOW.toISOString();
    const soon = new Date(MOCK_NOW.getTime() + 7 * 86_400_000).toISOString();

    expect(keys).toHaveLength(12);
    expect(data.accessKeys.length).toBeGreaterThanOrEqual(21);
    expect(keys.some((k) => !k.is_active)).toBe(true);
    expect(keys.some((k) => k.expires_at !== null && k.expires_at < now)).toBe(
      true,
    );
    expect(
      keys.some(
        (k) => k.expires_at && k.expires_at > now && k.expires_at < soon,
      ),
    ).toBe(true);
    expect(keys.some((k) => k.last_used_at === null)).toBe(true);
    expect(keys.some((k) => k.rotated_from !== null)).toBe(true);
  });

  it('keeps 90 days of usage with busier weekdays', () => {
    const { data } = first();
    const days = new Set(data.usage.map((u) => u.date));
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const row of data.usage) {
      byWeekday[new Date(`${row.date}T00:00:00Z`).getUTCDay()]! += row.requests;
    }

    expect(days.size).toBe(90);
    expect(byWeekday[3]!).toBeGreaterThan(2 * byWeekday[0]!);
  });

  it('stores key hashes that match the seeded plaintexts', async () => {
    const { keys } = first();
    const active = keys.find((k) => k.uuid === SEED.keys.active);

    expect(active?.key_hash).toBe(await hashKey(SEEDED_KEY_PLAINTEXTS.active));
    expect(active?.key_prefix).toBe(SEEDED_KEY_PLAINTEXTS.active.slice(0, 8));
    expect(JSON.stringify(createDb())).not.toContain(
      SEEDED_KEY_PLAINTEXTS.active,
    );
  });

  it('hashes synchronously exactly as crypto does', async () => {
    const samples = ['', 'abc', 'ü'.repeat(100), seededKey('x').plaintext];
    for (const text of samples) {
      const expected = createHash('sha256').update(text).digest('hex');
      expect(sha256Hex(text)).toBe(expected);
      expect(await hashKey(text)).toBe(expected);
    }
  });

  it('issues random keys of the contract format', async () => {
    const a = await issueKey();
    const b = await issueKey();

    expect(a.plaintext).toMatch(/^sak_[A-Za-z0-9_-]{43}$/);
    expect(a.plaintext).not.toBe(b.plaintext);
    expect(a.keyPrefix).toBe(a.plaintext.slice(0, 8));
  });
});
