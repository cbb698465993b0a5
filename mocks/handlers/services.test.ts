// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { db } from '../db';
import { MEMBER_TOKEN, SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

const names = (rows: unknown) =>
  (rows as Array<{ name: string }>).map((r) => r.name);

describe('services and processors', () => {
  it('lists an agent’s services with their processors', async () => {
    const page = await apiAs().listServices({ identityUuid: SEED.agentUuid });

    expect(page.items.map((s) => s.mode)).toEqual([
      'order_process',
      'report',
      'membership_sync',
      'event_process',
    ]);
    expect(
      page.items.every((s) => s.identity_name === 'slurm-agent-tartu-01'),
    ).toBe(true);
    expect(page.items[3]?.processors).toHaveLength(2);
  });

  it('filters services by integer states, answering their names', async () => {
    const api = apiAs();
    const errors = await api.listServices({
      identityUuid: SEED.errorAgentUuid,
      states: ['Error'],
    });
    const mixed = await call(
      'marketplace-site-agent-services/?state=2&state=3&page_size=300',
    );
    const states = ((await mixed.json()) as Array<{ state: string }>).map(
      (s) => s.state,
    );
    const bad = await call('marketplace-site-agent-services/?state=Active');

    expect(errors.items.map((s) => s.state)).toEqual(['Error', 'Error']);
    expect(new Set(states)).toEqual(new Set(['Idle', 'Error']));
    expect(bad.status).toBe(400);
  });

  it('finds services untouched for a day and processors stale for an hour', async () => {
    const staleServices = await call(
      'marketplace-site-agent-services/?stale=true',
    );
    const staleProcessors = await call(
      'marketplace-site-agent-processors/?stale=true&page_size=300',
    );
    const processors = (await staleProcessors.json()) as Array<{
      last_run: string;
    }>;
    const hourAgo = Date.parse('2026-11-30T08:00:00Z');

    expect(names(await staleServices.json())).toEqual([
      'Order processing',
      'Usage reporting',
    ]);
    expect(processors.length).toBeGreaterThan(0);
    expect(processors.every((p) => Date.parse(p.last_run) < hourAgo)).toBe(
      true,
    );
  });

  it('lists a service’s processors through the client', async () => {
    const api = apiAs();
    const service = (await api.listServices({ identityUuid: SEED.agentUuid }))
      .items[0]!;
    const page = await api.listProcessors({ serviceUuid: service.uuid });

    expect(page.items.map((p) => p.service_name)).toEqual(['Order processing']);
    expect(page.items[0]?.backend_type).toBe('SLURM');
  });

  it('deletes a service with its processors, for managers only', async () => {
    const service = db.services.find((s) => s.identity === SEED.agentUuid)!;
    const denied = await failure(
      apiAs(MEMBER_TOKEN).deleteService(service.uuid),
    );

    await apiAs().deleteService(service.uuid);

    expect(denied.status).toBe(403);
    expect(db.processors.some((p) => p.service === service.uuid)).toBe(false);
    expect(
      (await call(`marketplace-site-agent-services/${service.uuid}/`)).status,
    ).toBe(404);
  });
});
