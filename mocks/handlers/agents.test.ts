// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { AgentInput } from '@/api/schemas';

import { db } from '../db';
import { SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

const input = (overrides: Partial<AgentInput> = {}): AgentInput => ({
  offering: SEED.slurmOfferingUuid,
  name: 'slurm-agent-parnu-01',
  version: '0.7.3',
  dependencies: [{ package: 'waldur-site-agent', version: '0.7.3' }],
  config_file_path: '/etc/waldur/waldur-site-agent-config.yaml',
  config_file_content: 'offerings: []\n',
  ...overrides,
});

describe('agent identities', () => {
  it('lists the agents of both agent offerings in creation order', async () => {
    const page = await apiAs().listOrganizationAgents({
      offeringUuids: [SEED.slurmOfferingUuid, SEED.scriptOfferingUuid],
      pageSize: 50,
    });
    const created = page.items.map((a) => a.created);

    expect(page.total).toBe(12);
    expect(page.items[0]?.uuid).toBe(SEED.agentUuid);
    expect(created.slice(0, 8)).toEqual([...created.slice(0, 8)].sort());
  });

  it('filters by exact name, version and orphaned', async () => {
    const api = apiAs();
    const list = (query: string) =>
      call(`marketplace-site-agent-identities/?${query}`).then(
        (r) => r.json() as Promise<Array<{ name: string }>>,
      );

    expect(await list('name=slurm-agent-tartu')).toEqual([]);
    expect(
      (await list('name=slurm-agent-tartu-01')).map((a) => a.name),
    ).toEqual(['slurm-agent-tartu-01']);
    expect((await list('version=0.7.2')).map((a) => a.name)).toEqual([
      'slurm-agent-tallinn-01',
    ]);
    expect((await list('orphaned=true&page_size=50')).length).toBe(3);
    expect((await api.getAgent(SEED.orphanedAgentUuid)).services).toEqual([]);
  });

  it('answers a malformed filter value with 400 on that parameter', async () => {
    const response = await call(
      'marketplace-site-agent-identities/?offering_uuid=x',
    );

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      offering_uuid: ['Enter a valid UUID.'],
    });
  });

  it('creates an agent owned by the caller with no services', async () => {
    const agent = await apiAs().createAgent(input());

    expect(agent.created_by).toBe(SEED.users.owner);
    expect(agent.services).toEqual([]);
    expect(agent.url).toBe(
      `http://localhost/api/marketplace-site-agent-identities/${agent.uuid}/`,
    );
    expect(agent.uuid).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses blank, missing and too long fields with DRF messages', async () => {
    const api = apiAs();
    const blank = await failure(api.createAgent(input({ name: '   ' })));
    const long = await failure(
      api.createAgent(
        input({ name: 'x'.repeat(151), version: 'v'.repeat(101) }),
      ),
    );
    const missing = await call('marketplace-site-agent-identities/', {
      method: 'POST',
      body: JSON.stringify({}),
    });

    expect(blank.fieldErrors).toEqual({
      name: ['This field may not be blank.'],
    });
    expect(long.fieldErrors.name).toEqual([
      'Ensure this field has no more than 150 characters.',
    ]);
    expect(long.fieldErrors.version).toBeDefined();
    expect(await missing.json()).toEqual({
      offering: ['This field is required.'],
      name: ['This field is required.'],
    });
  });

  it('refuses an unknown offering and a non-agent one', async () => {
    const unknown = 'f'.repeat(32);
    const api = apiAs();
    const error = await failure(api.createAgent(input({ offering: unknown })));
    const booking = await failure(
      api.createAgent(input({ offering: SEED.bookingOfferingUuid })),
    );

    expect(error.fieldErrors).toEqual({
      offering: [`Object with uuid=${unknown} does not exist.`],
    });
    expect(booking.status).toBe(400);
  });

  it('replaces an agent with PUT but keeps its offering', async () => {
    const api = apiAs();
    const saved = await api.updateAgent(
      SEED.agentUuid,
      input({ name: 'renamed' }),
    );
    const moved = await failure(
      api.updateAgent(
        SEED.agentUuid,
        input({ offering: SEED.scriptOfferingUuid }),
      ),
    );

    expect(saved.name).toBe('renamed');
    expect(saved.services.length).toBeGreaterThan(0);
    expect(moved.fieldErrors).toEqual({
      offering: [
        'Offering cannot be changed after the agent identity is created.',
      ],
    });
  });

  it('answers PATCH with 405', async () => {
    const response = await call(
      `marketplace-site-agent-identities/${SEED.agentUuid}/`,
      { method: 'PATCH', body: JSON.stringify({ name: 'x' }) },
    );

    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({
      detail: 'Method "PATCH" not allowed.',
    });
  });

  it('deletes an agent with its services, processors, keys and widgets', async () => {
    const serviceUuids = db.services
      .filter((s) => s.identity === SEED.agentUuid)
      .map((s) => s.uuid);

    await apiAs().deleteAgent(SEED.agentUuid);

    expect(db.services.some((s) => s.identity === SEED.agentUuid)).toBe(false);
    expect(db.processors.some((p) => serviceUuids.includes(p.service))).toBe(
      false,
    );
    expect(db.accessKeys.some((k) => k.identity === SEED.agentUuid)).toBe(
      false,
    );
    expect(db.widgets.some((w) => w.identity === SEED.agentUuid)).toBe(false);
    expect((await failure(apiAs().getAgent(SEED.agentUuid))).status).toBe(404);
  });

  it('registers a service once and finds it by name after', async () => {
    const path = `marketplace-site-agent-identities/${SEED.orphanedAgentUuid}/register_service/`;
    const body = JSON.stringify({
      name: 'Order processing',
      mode: 'order_process',
    });

    const first = await call(path, { method: 'POST', body });
    const second = await call(path, { method: 'POST', body });

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect((await second.json()) as { state: string }).toMatchObject({
      state: 'Active',
    });
    expect(
      (await apiAs().getAgent(SEED.orphanedAgentUuid)).services,
    ).toHaveLength(1);
  });
});
