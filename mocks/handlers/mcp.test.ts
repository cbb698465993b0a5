// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { MOCK_NOW } from '../clock';
import { db } from '../db';
import { CONSUMER_TOKEN, SEED, SEEDED_KEY_PLAINTEXTS } from '../seed';
import { apiAs, failure } from '../testing';

const TODAY = MOCK_NOW.toISOString().slice(0, 10);

describe('MCP', () => {
  it('lists the tools and resources an agent exposes', async () => {
    const api = apiAs();
    const tools = await api.listMcpTools(SEED.agentUuid);
    const resources = await api.listMcpResources(SEED.agentUuid);

    expect(tools.map((t) => t.name)).toContain('create_invitation');
    expect(tools.find((t) => t.name === 'query')?.input_schema).toMatchObject({
      type: 'object',
      required: ['sql'],
    });
    expect(resources.map((r) => r.uri)).toEqual([
      'schema://main',
      'agents://list',
      'usage://stats',
    ]);
    expect(await api.listMcpTools(SEED.orphanedAgentUuid)).toEqual([]);
  });

  it('hides the catalogue from a consumer', async () => {
    const error = await failure(
      apiAs(CONSUMER_TOKEN).listMcpTools(SEED.agentUuid),
    );

    expect(error.status).toBe(404);
  });

  it('answers tools/list to a valid key without an admin token', async () => {
    const answer = await apiAs('').callMcp(
      SEED.agentUuid,
      SEEDED_KEY_PLAINTEXTS.active,
      { method: 'tools/list' },
    );

    expect(answer).toMatchObject({ jsonrpc: '2.0', id: 1 });
    expect((answer.result as { tools: unknown[] }).tools).toHaveLength(7);
  });

  it('meters each accepted call on today’s row of the key', async () => {
    const row = () =>
      db.usage.find((u) => u.access === SEED.keys.active && u.date === TODAY);
    const before = row()?.requests ?? 0;

    await apiAs('').callMcp(SEED.agentUuid, SEEDED_KEY_PLAINTEXTS.active, {
      method: 'tools/call',
      params: { name: 'list_projects', arguments: {} },
    });

    expect(row()?.requests).toBe(before + 1);
    expect(row()!.tokens_output).toBeGreaterThan(0);
    const key = db.accessKeys.find((k) => k.uuid === SEED.keys.active);
    expect(key?.last_used_at).toBe(row()?.modified);
  });

  it('refuses unknown, revoked, expired and foreign keys', async () => {
    const api = apiAs('');
    const rpc = { method: 'tools/list' } as const;
    const outcomes = await Promise.all(
      [
        'sak_unknown',
        SEEDED_KEY_PLAINTEXTS.revoked,
        SEEDED_KEY_PLAINTEXTS.expired,
        SEEDED_KEY_PLAINTEXTS.otherAgent,
      ].map((key) => failure(api.callMcp(SEED.agentUuid, key, rpc))),
    );

    expect(outcomes.map((e) => [e.status, e.detail])).toEqual([
      [401, 'Invalid API key.'],
      [403, 'API key is revoked.'],
      [403, 'API key has expired.'],
      [403, 'API key does not belong to this agent.'],
    ]);
  });

  it('accepts a key right after it is created', async () => {
    const created = await apiAs().createAccessKey({
      identity: SEED.agentUuid,
      project: SEED.memberProjectUuid,
      name: 'Fresh',
      expires_at: null,
    });

    const answer = await apiAs('').callMcp(SEED.agentUuid, created.api_key, {
      method: 'resources/read',
      params: { uri: 'usage://stats' },
    });

    expect(answer.error).toBeUndefined();
  });
});
