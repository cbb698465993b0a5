import { describe, expect, it } from 'vitest';

import { createAgentApi } from './agentApi';

const STAMP = '2026-11-30T09:00:00.000000Z';

function agent(offering: string, index: number) {
  return {
    uuid: `${offering}-${index}`,
    url: `https://w/api/marketplace-site-agent-identities/${offering}-${index}/`,
    offering,
    created_by: null,
    name: `${offering}-agent-${index}`,
    version: null,
    dependencies: [],
    config_file_path: null,
    config_file_content: null,
    last_restarted: STAMP,
    created: STAMP,
    modified: STAMP,
    services: [],
  };
}

/** A tiny Waldur: identities of two offerings, 7 and 15 of them. */
function fakeWaldur(options: { hideCount?: boolean } = {}) {
  const data: Record<string, ReturnType<typeof agent>[]> = {
    a: Array.from({ length: 7 }, (_, i) => agent('a', i)),
    b: Array.from({ length: 15 }, (_, i) => agent('b', i)),
  };
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    requests.push(`${init?.method} ${url.search}`);
    const rows = data[url.searchParams.get('offering_uuid') ?? ''] ?? [];
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('page_size') ?? 10);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
    };
    if (!options.hideCount) headers['X-Result-Count'] = String(rows.length);
    const body =
      init?.method === 'HEAD'
        ? null
        : JSON.stringify(rows.slice((page - 1) * size, page * size));
    return new Response(body, { headers });
  };
  const api = createAgentApi({
    baseUrl: 'https://w/api/',
    token: 't',
    fetch: fetch as typeof globalThis.fetch,
  });
  return { api, requests };
}

const names = (items: Array<{ name: string }>) => items.map((i) => i.name);

describe('listOrganizationAgents', () => {
  it('joins the offerings into one list paginated by their counts', async () => {
    const { api } = fakeWaldur();
    const params = { offeringUuids: ['a', 'b'], pageSize: 10 };

    const first = await api.listOrganizationAgents({ ...params, page: 1 });
    const second = await api.listOrganizationAgents({ ...params, page: 2 });
    const third = await api.listOrganizationAgents({ ...params, page: 3 });

    expect(first.total).toBe(22);
    expect(names(first.items)).toEqual([
      ...Array.from({ length: 7 }, (_, i) => `a-agent-${i}`),
      'b-agent-0',
      'b-agent-1',
      'b-agent-2',
    ]);
    expect(names(second.items)).toEqual(
      Array.from({ length: 10 }, (_, i) => `b-agent-${i + 3}`),
    );
    expect(names(third.items)).toEqual(['b-agent-13', 'b-agent-14']);
    expect([first.hasNext, second.hasNext, third.hasNext]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('reads the first page in one round, a page of each offering', async () => {
    const { api, requests } = fakeWaldur();

    const first = await api.listOrganizationAgents({
      offeringUuids: ['a', 'b'],
      page: 1,
      pageSize: 10,
    });

    expect(first.total).toBe(22);
    expect(requests).toEqual([
      'GET ?offering_uuid=a&page=1&page_size=10',
      'GET ?offering_uuid=b&page=1&page_size=10',
    ]);
  });

  it('fetches only the server pages that overlap the window', async () => {
    const { api, requests } = fakeWaldur();

    // Page 2 is rows 10..19: rows 3..12 of offering b, on its pages 1 and 2.
    await api.listOrganizationAgents({
      offeringUuids: ['a', 'b'],
      page: 2,
      pageSize: 10,
    });

    const gets = requests.filter((r) => r.startsWith('GET'));
    expect(gets).toHaveLength(2);
    expect(gets.every((r) => r.includes('offering_uuid=b'))).toBe(true);
  });

  it('still lists agents when the server hides its counts', async () => {
    const { api } = fakeWaldur({ hideCount: true });

    const page = await api.listOrganizationAgents({
      offeringUuids: ['a', 'b'],
      page: 3,
      pageSize: 10,
    });

    expect(page.total).toBeNull();
    expect(names(page.items)).toEqual(['b-agent-13', 'b-agent-14']);
    expect(page.hasNext).toBe(false);
  });

  it('knows there is a next page without counts', async () => {
    const { api } = fakeWaldur({ hideCount: true });

    const page = await api.listOrganizationAgents({
      offeringUuids: ['a', 'b'],
      page: 1,
      pageSize: 10,
    });

    expect(page.total).toBeNull();
    expect(names(page.items)).toHaveLength(10);
    expect(page.hasNext).toBe(true);
  });
});
