// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { AccessKeyInput } from '@/api/schemas';

import { MOCK_NOW } from '../clock';
import { db } from '../db';
import { SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

const input = (overrides: Partial<AccessKeyInput> = {}): AccessKeyInput => ({
  identity: SEED.agentUuid,
  project: SEED.memberProjectUuid,
  name: 'Docs search',
  expires_at: null,
  ...overrides,
});

const inDays = (days: number) =>
  new Date(MOCK_NOW.getTime() + days * 86_400_000).toISOString();

describe('API keys', () => {
  it('shows the secret once, as sak_ and 43 characters, with its prefix', async () => {
    const api = apiAs();
    const created = await api.createAccessKey(input());
    const listed = await call(
      `marketplace-site-agent-access/?identity_uuid=${SEED.agentUuid}&page_size=300`,
    );
    const detail = await call(`marketplace-site-agent-access/${created.uuid}/`);
    const later = (await listed.text()) + (await detail.text());

    expect(created.api_key).toMatch(/^sak_[A-Za-z0-9_-]{43}$/);
    expect(created.key_prefix).toBe(created.api_key.slice(0, 8));
    expect(later).toContain(created.key_prefix);
    expect(later).not.toContain(created.api_key);
    expect(later).not.toContain('key_hash');
    expect(JSON.stringify(db)).not.toContain(created.api_key);
  });

  it('lists an agent’s keys newest first and filters them', async () => {
    const api = apiAs();
    const all = await api.listAccessKeys({
      identityUuid: SEED.agentUuid,
      pageSize: 50,
    });
    const revoked = await api.listAccessKeys({
      identityUuid: SEED.agentUuid,
      isActive: false,
    });
    const named = await api.listAccessKeys({
      identityUuid: SEED.agentUuid,
      name: 'SLACK',
    });
    const byName = await api.listAccessKeys({
      identityUuid: SEED.agentUuid,
      ordering: 'name',
      pageSize: 50,
    });
    const created = all.items.map((k) => k.created);

    expect(all.total).toBe(12);
    expect(created).toEqual([...created].sort().reverse());
    expect(revoked.items.every((k) => !k.is_active)).toBe(true);
    expect(named.items.map((k) => k.name)).toEqual(['Slack bot', 'Slack bot']);
    expect(byName.items[0]?.name).toBe('CI pipeline');
  });

  it('sorts never-used keys last by last use, as Postgres does', async () => {
    const page = await apiAs().listAccessKeys({
      identityUuid: SEED.agentUuid,
      ordering: 'last_used_at',
      pageSize: 50,
    });

    expect(page.items.at(-1)?.last_used_at).toBeNull();
    expect(page.items[0]?.last_used_at).not.toBeNull();
  });

  it('refuses a project of another organization and a past expiry', async () => {
    const api = apiAs();
    const project = await failure(
      api.createAccessKey(input({ project: SEED.foreignProjectUuid })),
    );
    const past = await failure(
      api.createAccessKey(input({ expires_at: inDays(-1) })),
    );
    const local = await failure(
      api.createAccessKey(input({ expires_at: '2027-01-01T10:00:00' })),
    );
    const missing = await call('marketplace-site-agent-access/', {
      method: 'POST',
      body: JSON.stringify({}),
    });

    expect(Object.keys(project.fieldErrors)).toEqual(['project']);
    expect(Object.keys(past.fieldErrors)).toEqual(['expires_at']);
    expect(Object.keys(local.fieldErrors)).toEqual(['expires_at']);
    expect(Object.keys((await missing.json()) as object).sort()).toEqual([
      'identity',
      'name',
      'project',
    ]);
  });

  it('revokes a key, and revoking again is harmless', async () => {
    const api = apiAs();
    const first = await api.revokeAccessKey(SEED.keys.active);
    const second = await api.revokeAccessKey(SEED.keys.active);

    expect(first.is_active).toBe(false);
    expect(second).toEqual(first);
    expect(db.usage.some((u) => u.access === SEED.keys.active)).toBe(true);
  });

  it('rotates a key into a successor while the old one keeps working', async () => {
    const api = apiAs();
    const successor = await api.rotateAccessKey(SEED.keys.expiringSoon);
    const old = await call(
      `marketplace-site-agent-access/${SEED.keys.expiringSoon}/`,
    );

    expect(successor.rotated_from).toBe(SEED.keys.expiringSoon);
    expect(successor.name).toBe('Jupyter notebooks');
    expect(successor.api_key).toMatch(/^sak_/);
    expect(successor.expires_at! > inDays(7)).toBe(true);
    expect(((await old.json()) as { is_active: boolean }).is_active).toBe(true);
  });

  it('deletes only revoked keys', async () => {
    const api = apiAs();
    const active = await failure(api.deleteAccessKey(SEED.keys.active));
    await api.deleteAccessKey(SEED.keys.revoked);

    expect(active.status).toBe(409);
    expect(active.detail).toBeTruthy();
    expect(db.accessKeys.some((k) => k.uuid === SEED.keys.revoked)).toBe(false);
  });
});
