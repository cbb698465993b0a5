import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import { answerWith, keyUsage, recordSummaryRequests } from './summaryFixture';

const USAGE = routes.usage(SEED.orgUuid, SEED.agentUuid);
const TRICKY = 'Shop, "main"\nsite';

let blobs: Blob[] = [];
let fileNames: string[] = [];

beforeEach(() => {
  blobs = [];
  fileNames = [];
  // jsdom has no object URLs and cannot follow a download link.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return 'blob:usage';
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    fileNames.push(this.download);
  });
});

afterEach(() => {
  Object.assign(URL, {
    createObjectURL: undefined,
    revokeObjectURL: undefined,
  });
});

/** The first render also loads the page's code, slow on a busy machine. */
function keyTable() {
  return screen.findByRole(
    'table',
    { name: /share of all requests/ },
    { timeout: 5000 },
  );
}

// jsdom's Blob has no text(); FileReader is how a page would read it.
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function keyNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('usage per key', () => {
  it('narrows the whole page to the chosen keys through the URL', async () => {
    const spy = recordSummaryRequests();
    server.use(spy.handler);
    const { user, router } = renderApp(USAGE);
    await keyTable();

    await user.click(
      screen.getByRole('checkbox', { name: 'Choose Website chat backend' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Show only chosen keys (1)' }),
    );

    expect(router.state.location.search).toBe(`?keys=${SEED.keys.active}`);
    await waitFor(() => expect(spy.requests).toHaveLength(2));
    expect(spy.requests[1]?.searchParams.getAll('access_uuid')).toEqual([
      SEED.keys.active,
    ]);
    await waitFor(async () =>
      expect(keyNames(await keyTable())).toEqual(['Website chat backend']),
    );
  });

  it('repeats access_uuid for each key in the URL', async () => {
    const spy = recordSummaryRequests();
    server.use(spy.handler);
    const keys = [SEED.keys.active, SEED.keys.mcpDesktop];
    renderApp(`${USAGE}?keys=${keys.join(',')}`);

    await keyTable();

    expect(spy.requests[0]?.searchParams.getAll('access_uuid')).toEqual(keys);
    expect(screen.getByText(/Filtered to chosen keys: 2/)).toBeInTheDocument();
  });

  it('sorts by a column, pages 25 of 500 keys and links each to the keys page', async () => {
    const keys = Array.from({ length: 500 }, (_, i) =>
      keyUsage(i + 1, `key ${i + 1}`),
    );
    server.use(answerWith(keys));
    const { user, router } = renderApp(
      `${USAGE}?from=2025-12-01&to=2026-11-30`,
    );
    const table = await keyTable();

    expect(screen.getByText(/\(365 days\)/)).toBeInTheDocument();
    expect(keyNames(table)).toHaveLength(25);
    expect(keyNames(table)[0]).toBe('key 500');
    expect(screen.getByText('Page 1 of 20')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toContain('&sort=name');
    expect(keyNames(table).slice(0, 3)).toEqual(['key 1', 'key 2', 'key 3']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(router.state.location.search).toContain('&sort=name&page=2');
    expect(keyNames(table)[0]).toBe('key 26');
    expect(within(table).getByRole('link', { name: 'key 26' })).toHaveAttribute(
      'href',
      `${routes.keys(SEED.orgUuid, SEED.agentUuid)}?q=key+26`,
    );
  });

  it('exports what is shown as CSV, quoting awkward names', async () => {
    server.use(
      answerWith([
        keyUsage(3, TRICKY),
        keyUsage(1, '=cmd'),
        keyUsage(0, 'idle'),
      ]),
    );
    const { user } = renderApp(`${USAGE}?range=7`);
    await keyTable();

    await user.click(
      screen.getByRole('button', { name: 'Export CSV per key' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Export CSV per day' }),
    );

    expect(fileNames).toEqual([
      expect.stringMatching(
        /^usage-[a-z0-9-]+-2026-11-24_2026-11-30-by-key\.csv$/,
      ),
      expect.stringMatching(/-2026-11-24_2026-11-30-by-day\.csv$/),
    ]);
    const [byKey, byDay] = await Promise.all(blobs.map(readBlob));
    expect(byKey!.split('\r\n')).toEqual([
      'key_name,key_prefix,access_uuid,tokens_input,tokens_output,requests,share_of_requests_percent,last_used_at',
      `"Shop, ""main""\nsite",sak_0003,${'3'.padStart(32, '0')},300,150,3,75,2026-11-29T10:15:30.123456Z`,
      `'=cmd,sak_0001,${'1'.padStart(32, '0')},100,50,1,25,2026-11-29T10:15:30.123456Z`,
      `idle,sak_0000,${'0'.padStart(32, '0')},0,0,0,0,2026-11-29T10:15:30.123456Z`,
      '',
    ]);
    const dayLines = byDay!.trim().split('\r\n');
    expect(dayLines[0]).toBe('date,tokens_input,tokens_output,requests');
    expect(dayLines.slice(1).map((line) => line.slice(0, 10))).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });
});
