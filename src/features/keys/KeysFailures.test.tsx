import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { renderApp } from '@/testing/render';

import { countRequests, isRequestTo, openKeys } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;
const LIST_API = '*/api/marketplace-site-agent-access/';
const KEY_API = '*/api/marketplace-site-agent-access/:uuid/';

afterEach(() => {
  server.events.removeAllListeners();
});

async function confirmIn(name: RegExp) {
  const dialog = within(await screen.findByRole('dialog'));
  return { dialog, button: dialog.getByRole('button', { name }) };
}

describe('keys page failures', () => {
  it('shows a failed load with Retry that recovers', async () => {
    server.use(
      http.get(
        LIST_API,
        () => HttpResponse.json({ detail: 'Boom.' }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp(KEYS_URL);

    expect(
      await screen.findByText('Unable to load API keys'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Reporting script')).toBeInTheDocument();
  });

  it('recovers by itself from two 503 answers when retries are on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let failures = 2;
    server.use(
      http.get(LIST_API, () => {
        if (failures <= 0) return undefined;
        failures -= 1;
        return new HttpResponse('<h1>Service Unavailable</h1>', {
          status: 503,
          headers: { 'Content-Type': 'text/html' },
        });
      }),
    );
    renderApp(KEYS_URL, { retries: true });

    await waitFor(() => expect(failures).toBe(1));
    await vi.advanceTimersByTimeAsync(1_000);
    await waitFor(() => expect(failures).toBe(0));
    await vi.advanceTimersByTimeAsync(2_000);

    expect(await screen.findByText('Reporting script')).toBeInTheDocument();
    expect(
      screen.queryByText('Unable to load API keys'),
    ).not.toBeInTheDocument();
  });

  it('sends one request and shows sign-in when the session has ended', async () => {
    const lists = countRequests(
      server,
      isRequestTo('GET', 'site-agent-access'),
    );
    server.use(
      http.get(LIST_API, () =>
        HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      ),
    );
    renderApp(KEYS_URL, { retries: true });

    expect(
      await screen.findByRole('dialog', { name: 'Your session has ended' }),
    ).toBeInTheDocument();
    expect(lists.count).toBe(1);
    lists.stop();
  });

  it('sends one request for a key that is gone, even with retries on', async () => {
    server.use(
      http.post(`${KEY_API}revoke/`, () =>
        HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
      ),
    );
    const revokes = countRequests(server, isRequestTo('POST', '/revoke/'));
    const { user } = await openKeys(KEYS_URL, { retries: true });

    await user.click(
      screen.getByRole('button', { name: /^Revoke Reporting script/ }),
    );
    await user.click((await confirmIn(/^Revoke key$/)).button);

    expect(
      await screen.findByText(
        'Could not revoke "Reporting script": Not found.',
      ),
    ).toBeInTheDocument();
    expect(revokes.count).toBe(1);
  });
});
