// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { WALDUR_PATHS } from '@/api/paths';

import { SEED } from '../seed';
import { apiAs, BASE_URL, call, failure } from '../testing';

const AGENTS = `${WALDUR_PATHS.agents}/`;
const SLURM = `offering_uuid=${SEED.slurmOfferingUuid}`;

function links(response: Response): Record<string, string> {
  const header = response.headers.get('Link') ?? '';
  return Object.fromEntries(
    [...header.matchAll(/<([^>]*)>;\s*rel="(\w+)"/g)].map((m) => [m[2], m[1]]),
  );
}

describe('pagination', () => {
  it('answers a bare array with the total and page links', async () => {
    const response = await call(`${AGENTS}?${SLURM}&page=2&page_size=3`);
    const body: unknown = await response.json();

    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(Array.isArray(body) && body.length).toBe(3);
    expect(response.headers.get('X-Result-Count')).toBe('8');
    expect(links(response)).toEqual({
      first: `${BASE_URL}${AGENTS}?${SLURM}&page_size=3`,
      prev: `${BASE_URL}${AGENTS}?${SLURM}&page_size=3`,
      next: `${BASE_URL}${AGENTS}?${SLURM}&page=3&page_size=3`,
      last: `${BASE_URL}${AGENTS}?${SLURM}&page=3&page_size=3`,
    });
  });

  it('links only first and last on a single page', async () => {
    const response = await call(`${AGENTS}?${SLURM}`);

    expect(Object.keys(links(response))).toEqual(['first', 'last']);
  });

  it('counts through the client and knows when more follow', async () => {
    const page = await apiAs().listAgents({
      offeringUuid: SEED.slurmOfferingUuid,
      page: 3,
      pageSize: 3,
    });

    expect(page.total).toBe(8);
    expect(page.items).toHaveLength(2);
    expect([page.hasPrev, page.hasNext]).toEqual([true, false]);
  });

  it('answers a page past the end with 404 Invalid page', async () => {
    const error = await failure(
      apiAs().listAgents({
        offeringUuid: SEED.slurmOfferingUuid,
        page: 4,
        pageSize: 3,
      }),
    );

    expect(error.status).toBe(404);
    expect(error.detail).toBe('Invalid page.');
  });

  it('answers a page that is not a number with 404 Invalid page', async () => {
    for (const page of ['0', '-1', 'abc', '1.5']) {
      const response = await call(`${AGENTS}?page=${page}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Invalid page.' });
    }
  });

  it('serves page 1 of an empty list rather than 404', async () => {
    const response = await call(`${AGENTS}?name=nobody`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get('X-Result-Count')).toBe('0');
  });

  it('caps page_size at 300 and ignores a bad one', async () => {
    const capped = await call(`${WALDUR_PATHS.services}/?page_size=5000`);
    const bad = await call(`${WALDUR_PATHS.services}/?page_size=zero`);
    const cappedRows = (await capped.json()) as unknown[];
    const badRows = (await bad.json()) as unknown[];

    expect(Number(capped.headers.get('X-Result-Count'))).toBeGreaterThan(10);
    expect(cappedRows.length).toBe(
      Number(capped.headers.get('X-Result-Count')),
    );
    expect(links(capped).last).toBe(links(capped).first);
    expect(badRows).toHaveLength(10);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const get = await call(`${AGENTS}?${SLURM}&page_size=2`);
    const head = await call(`${AGENTS}?${SLURM}&page_size=2`, {
      method: 'HEAD',
    });

    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('X-Result-Count')).toBe(
      get.headers.get('X-Result-Count'),
    );
    expect(head.headers.get('Link')).toBe(get.headers.get('Link'));
  });
});
