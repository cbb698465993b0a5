// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { AgentInput } from '@/api/schemas';

import {
  CONSUMER_TOKEN,
  MANAGER_TOKEN,
  MEMBER_TOKEN,
  SEED,
  STAFF_TOKEN,
} from '../seed';
import { apiAs, failure } from '../testing';

const FORBIDDEN = 'You do not have permission to perform this action.';

async function inputOf(uuid: string): Promise<AgentInput> {
  const agent = await apiAs().getAgent(uuid);
  return { ...agent, name: `${agent.name}-x` };
}

describe('who sees and who manages agents', () => {
  it('shows a consumer an empty list and 404 on details', async () => {
    const api = apiAs(CONSUMER_TOKEN);
    const page = await api.listAgents({ offeringUuid: SEED.slurmOfferingUuid });
    const error = await failure(api.getAgent(SEED.agentUuid));
    const org = await failure(api.getCustomer(SEED.orgUuid));

    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);
    expect(error.status).toBe(404);
    expect(org.status).toBe(404);
  });

  it('lets a project member look but answers 403 to changes', async () => {
    const api = apiAs(MEMBER_TOKEN);
    const input = await inputOf(SEED.agentUuid);

    const agent = await api.getAgent(SEED.agentUuid);
    const update = await failure(api.updateAgent(SEED.agentUuid, input));
    const remove = await failure(api.deleteAgent(SEED.agentUuid));
    const revoke = await failure(api.revokeAccessKey(SEED.keys.active));

    expect(agent.uuid).toBe(SEED.agentUuid);
    expect([update.status, update.detail]).toEqual([403, FORBIDDEN]);
    expect(remove.status).toBe(403);
    expect(revoke.status).toBe(403);
  });

  it('lets an offering manager manage that offering only', async () => {
    const api = apiAs(MANAGER_TOKEN);
    const script = await apiAs().listAgents({
      offeringUuid: SEED.scriptOfferingUuid,
    });
    const scriptAgent = script.items[0]!;

    const own = await api.updateAgent(
      SEED.agentUuid,
      await inputOf(SEED.agentUuid),
    );
    const other = await failure(
      api.updateAgent(scriptAgent.uuid, await inputOf(scriptAgent.uuid)),
    );

    expect(own.name).toBe('slurm-agent-tartu-01-x');
    expect(other.status).toBe(403);
  });

  it('hides another provider’s agents from the owner', async () => {
    const api = apiAs();
    const page = await api.listAgents({
      offeringUuid: SEED.otherProviderOfferingUuid,
    });
    const error = await failure(api.getAgent(SEED.otherProviderAgentUuid));
    const create = await failure(
      api.createAgent({
        ...(await inputOf(SEED.agentUuid)),
        offering: SEED.otherProviderOfferingUuid,
      }),
    );

    expect(page.items).toEqual([]);
    expect(error.status).toBe(404);
    expect(create.status).toBe(403);
  });

  it('lets staff manage every agent', async () => {
    const api = apiAs(STAFF_TOKEN);

    await api.deleteAgent(SEED.otherProviderAgentUuid);

    expect(
      (await failure(api.getAgent(SEED.otherProviderAgentUuid))).status,
    ).toBe(404);
  });

  it('lists only the agent offering types a user can see', async () => {
    const owner = await apiAs().listAgentOfferings({
      customerUuid: SEED.orgUuid,
    });
    const member = await apiAs(MEMBER_TOKEN).listAgentOfferings({
      customerUuid: SEED.orgUuid,
    });
    const consumer = await apiAs(CONSUMER_TOKEN).listAgentOfferings({
      customerUuid: SEED.orgUuid,
    });

    expect(owner.items.map((o) => o.name)).toEqual([
      'HPC Cluster Slurm',
      'Batch Scripts',
    ]);
    expect(member.items).toHaveLength(2);
    expect(consumer.items).toEqual([]);
  });
});
