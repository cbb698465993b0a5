// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { EXPIRED_TOKEN, SEED } from '../seed';
import { apiAs, call, failure } from '../testing';

describe('authentication and Django conventions', () => {
  it('answers 401 with a challenge when no token is sent', async () => {
    const response = await call('users/me/', { token: null });

    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Token');
    expect(await response.json()).toEqual({
      detail: 'Authentication credentials were not provided.',
    });
  });

  it('answers 401 to an unknown and to an expired token', async () => {
    const unknown = await failure(apiAs('nope').getCurrentUser());
    const expired = await failure(apiAs(EXPIRED_TOKEN).getCurrentUser());

    expect([unknown.status, unknown.detail]).toEqual([401, 'Invalid token.']);
    expect([expired.status, expired.detail]).toEqual([
      401,
      'Token has expired.',
    ]);
  });

  it('accepts a Bearer token as Waldur does with single sign-on', async () => {
    const response = await call('users/me/', {
      token: null,
      headers: { Authorization: 'Bearer mock-owner-token' },
    });

    expect(response.status).toBe(200);
  });

  it('describes the signed-in owner with roles in both organizations', async () => {
    const me = await apiAs().getCurrentUser();

    expect(me.uuid).toBe(SEED.users.owner);
    expect(me.permissions.map((p) => [p.role_name, p.scope_uuid])).toEqual([
      ['CUSTOMER.OWNER', SEED.orgUuid],
      ['CUSTOMER.OWNER', SEED.emptyOrgUuid],
    ]);
  });

  it('describes an organization with its counts', async () => {
    const org = await apiAs().getCustomer(SEED.orgUuid);
    const empty = await apiAs().getCustomer(SEED.emptyOrgUuid);

    expect(org).toMatchObject({
      name: 'Aurora Research Cloud',
      projects_count: 5,
      is_service_provider: true,
    });
    expect(empty).toMatchObject({
      projects_count: 0,
      is_service_provider: false,
    });
  });

  it('lists projects of one organization, filtered by name', async () => {
    const api = apiAs();
    const all = await api.listProjects({
      customerUuid: SEED.orgUuid,
      pageSize: 50,
    });
    const some = await api.listProjects({
      customerUuid: SEED.orgUuid,
      name: 'MOD',
    });
    const empty = await api.listProjects({ customerUuid: SEED.emptyOrgUuid });

    expect(all.total).toBe(5);
    expect(some.items.map((p) => p.name)).toEqual(['Climate Modelling']);
    expect(empty.items).toEqual([]);
  });

  it('fails a POST without the trailing slash with an HTML page', async () => {
    const response = await call('marketplace-site-agent-identities', {
      method: 'POST',
      body: JSON.stringify({ name: 'x' }),
    });

    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toContain('text/html');
  });

  it('answers 405 to methods a collection does not have', async () => {
    const response = await call('marketplace-site-agent-services/', {
      method: 'POST',
      body: JSON.stringify({}),
    });

    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({
      detail: 'Method "POST" not allowed.',
    });
  });
});
