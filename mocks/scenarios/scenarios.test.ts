// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { PROVISIONAL_PATHS, WALDUR_PATHS } from '@/api/paths';
import { getToken } from '@/api/session';

import { db } from '../db';
import { MEMBER_TOKEN, SEED } from '../seed';
import { apiAs, call } from '../testing';
import { flakyDraw } from './flaky';
import { MANY_AGENTS, MANY_KEYS } from './manyData';
import { useScenario } from './testing';

const AGENTS = `${WALDUR_PATHS.agents}/`;
const AGENT = `${AGENTS}${SEED.agentUuid}/`;
const KEYS = `${PROVISIONAL_PATHS.accessKeys}/?identity_uuid=${SEED.agentUuid}`;

describe('scenarios', () => {
  it('answers empty lists with their headers in the empty scenario', async () => {
    useScenario('empty');
    const response = await call(
      `${AGENTS}?offering_uuid=${SEED.slurmOfferingUuid}`,
    );

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get('X-Result-Count')).toBe('0');
    expect((await call(AGENT)).status).toBe(404);
  });

  it('tops the organization up to 5,000 agents and 500 keys, once', async () => {
    const started = performance.now();
    useScenario('many');
    useScenario('many');
    const elapsed = performance.now() - started;
    const api = apiAs();

    const [slurm, script] = await Promise.all(
      [SEED.slurmOfferingUuid, SEED.scriptOfferingUuid].map((offeringUuid) =>
        api.listAgents({ offeringUuid, pageSize: 1 }),
      ),
    );
    const keys = await call(`${KEYS}&page_size=1`);

    expect((slurm?.total ?? 0) + (script?.total ?? 0)).toBe(MANY_AGENTS);
    expect(keys.headers.get('X-Result-Count')).toBe(String(MANY_KEYS));
    // Generous for a shared machine; typically well under a second.
    expect(elapsed).toBeLessThan(3000);
  });

  it('opens the many scenario on the seeded agents, the generated after them', async () => {
    const firstPage = () =>
      apiAs().listAgents({ offeringUuid: SEED.slurmOfferingUuid });
    const seeded = (await firstPage()).items.map((a) => a.name);
    useScenario('many');

    const many = await firstPage();

    expect(many.items.map((a) => a.name).slice(0, seeded.length)).toEqual(
      seeded,
    );
    expect(many.total).toBeGreaterThan(seeded.length);
  });

  it('waits before answering in the slow scenario, then answers', async () => {
    useScenario('slow', { delayMs: 60 });
    const started = performance.now();
    const response = await call('users/me/');

    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    expect(response.status).toBe(200);
  });

  it('fails reads with 500 but keeps the frame in the errors scenario', async () => {
    useScenario('errors');
    const list = await call(
      `${AGENTS}?offering_uuid=${SEED.slurmOfferingUuid}`,
    );
    const head = await call(AGENTS, { method: 'HEAD' });

    expect(list.status).toBe(500);
    expect(await list.json()).toEqual({ detail: 'A server error occurred.' });
    expect(head.status).toBe(500);
    expect((await call('users/me/')).status).toBe(200);
    expect((await call(AGENT)).status).toBe(200);
    const created = await call(`${PROVISIONAL_PATHS.widgets}/`, {
      method: 'POST',
      body: JSON.stringify({}),
    });
    expect(created.status).toBe(400);
  });

  it('fails the same requests on every run in the flaky scenario', async () => {
    const sample = async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const response = await call(`${AGENTS}?page_size=${1 + (i % 8)}`);
        statuses.push(response.status);
      }
      return statuses;
    };
    useScenario('flaky');
    const first = await sample();
    useScenario('flaky');
    const second = await sample();
    const failed = first.filter((status) => status === 503).length;

    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503]));
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(20);
    expect(flakyDraw(1, 'GET /api/x/', 0)).toBe(flakyDraw(1, 'GET /api/x/', 0));
  });

  it('signs in the member and refuses writes in the readonly scenario', async () => {
    useScenario('readonly');
    const asOwner = await call(AGENT, {
      method: 'PUT',
      body: JSON.stringify({ name: 'renamed' }),
    });

    expect(getToken()).toBe(MEMBER_TOKEN);
    expect(asOwner.status).toBe(403);
    expect(await asOwner.json()).toEqual({
      detail: 'You do not have permission to perform this action.',
    });
    expect((await call(AGENT, { token: MEMBER_TOKEN })).status).toBe(200);
  });

  it('signs out in the signed-out scenario', async () => {
    useScenario('signed-out');
    const response = await call('users/me/', { token: null });

    expect(getToken()).toBeNull();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      detail: 'Authentication credentials were not provided.',
    });
  });

  it('answers 404 on the provisional endpoints only in the legacy scenario', async () => {
    useScenario('legacy');
    const provisional = [
      KEYS,
      `${PROVISIONAL_PATHS.usageSummary}/?identity_uuid=${SEED.agentUuid}`,
      `${PROVISIONAL_PATHS.usage}/`,
      `${PROVISIONAL_PATHS.widgets}/?identity_uuid=${SEED.agentUuid}`,
      `${AGENT}${PROVISIONAL_PATHS.mcpTools}/`,
      `${AGENT}${PROVISIONAL_PATHS.mcpResources}/`,
    ];
    for (const path of provisional) {
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Not found.' });
    }
    expect((await call(AGENT)).status).toBe(200);
    expect(db.accessKeys.length).toBeGreaterThan(0);
  });
});
