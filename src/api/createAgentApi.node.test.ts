// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { MEMBER_TOKEN, OWNER_TOKEN, SEED } from '@mocks/seed';

import { createAgentApi } from './agentApi';
import { ApiError } from './errors';

/*
 * Scripts and other apps use the typed client without React or a DOM: the
 * same functions, errors and pages as the kit, here against the mock server
 * the test setup starts in Node.
 */
const BASE_URL = 'http://waldur.test/api/';

describe('createAgentApi in Node', () => {
  it('lists the agents of an organization across its offerings', async () => {
    const api = createAgentApi({ baseUrl: BASE_URL, token: OWNER_TOKEN });

    const offerings = await api.listAgentOfferings({
      customerUuid: SEED.orgUuid,
    });
    const agents = await api.listOrganizationAgents({
      offeringUuids: offerings.items.map((o) => o.uuid),
      pageSize: 5,
    });

    expect(typeof document).toBe('undefined');
    expect(offerings.items.map((o) => o.uuid)).toContain(
      SEED.slurmOfferingUuid,
    );
    expect(agents.items).toHaveLength(5);
    expect(agents.total).toBeGreaterThan(5);
    expect(agents.hasNext).toBe(true);
  });

  it('creates a key and reads its agent usage summary', async () => {
    // A getter instead of a fixed token, as an app with refreshing tokens.
    const api = createAgentApi({
      baseUrl: BASE_URL,
      getToken: () => OWNER_TOKEN,
      fetch: (input, init) => globalThis.fetch(input, init),
    });

    const created = await api.createAccessKey({
      identity: SEED.agentUuid,
      project: SEED.memberProjectUuid,
      name: 'nightly-export',
      expires_at: null,
    });
    const summary = await api.getUsageSummary({
      identityUuid: SEED.agentUuid,
    });

    expect(created.name).toBe('nightly-export');
    expect(created.api_key.startsWith(created.key_prefix)).toBe(true);
    expect(summary.by_day.length).toBeGreaterThan(0);
    expect(summary.totals.requests).toBeGreaterThan(0);
  });

  it('throws an ApiError with the status when the server refuses', async () => {
    const anonymous = createAgentApi({ baseUrl: BASE_URL });
    const member = createAgentApi({ baseUrl: BASE_URL, token: MEMBER_TOKEN });

    const unauthorized = await anonymous.getCurrentUser().catch((e) => e);
    const forbidden = await member
      .deleteAgent(SEED.agentUuid)
      .catch((e: unknown) => e);

    expect(unauthorized).toBeInstanceOf(ApiError);
    expect(unauthorized).toMatchObject({ kind: 'http', status: 401 });
    expect(forbidden).toBeInstanceOf(ApiError);
    expect(forbidden).toMatchObject({ kind: 'http', status: 403 });
  });
});
