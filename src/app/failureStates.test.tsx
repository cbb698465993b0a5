import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { allowConsole } from '@/testing/consoleGuard';
import { renderApp } from '@/testing/render';

/*
 * Every kind of failure a real network produces, on the agent list and on
 * an agent's page, as a person meets it.
 */
const LIST_URL = `/organization/${SEED.orgUuid}/agents/`;
const AGENT_URL = `${LIST_URL}${SEED.agentUuid}/configure/`;
const KEYS_URL = `${LIST_URL}${SEED.agentUuid}/keys/`;
const AGENTS_API = '*/api/marketplace-site-agent-identities/';
const AGENT_API = '*/api/marketplace-site-agent-identities/:uuid/';

const PAGES = [
  {
    page: 'the agent list',
    // One offering: one request per attempt (several fan out per offering).
    url: `${LIST_URL}?offering=${SEED.slurmOfferingUuid}`,
    api: AGENTS_API,
    title: 'Unable to load agents',
    content: () => screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
  },
  {
    page: 'an agent page',
    url: AGENT_URL,
    api: AGENT_API,
    title: 'Unable to load the agent',
    content: () => screen.findByRole('textbox', { name: /^Name/ }),
  },
] as const;

type Target = (typeof PAGES)[number];

/** Times (fake clock) of the requests the mock server gets for `target`. */
function watchRequests(target: Target) {
  const times: number[] = [];
  const path = target.api.replace('*', '').replace(':uuid', SEED.agentUuid);
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === path) {
      times.push(Date.now());
    }
  });
  return times;
}

/** The error the default reporter logged under `context`, if any. */
function reported(context: string): unknown {
  // The developer report goes out through the reporter's console.error.
  // eslint-disable-next-line no-console
  const calls = vi.mocked(console.error).mock.calls;
  return calls.find((args) => String(args[0]).includes(context))?.[1];
}

// A page that crashes while rendering, for the route-level boundary.
vi.mock('@/features/usage/UsagePage', () => ({
  UsagePage: () => {
    throw new Error('The usage page broke');
  },
}));

afterEach(() => {
  server.events.removeAllListeners();
});

describe('failure states', () => {
  it.each(PAGES)('shows the sign-in page on a 401 on $page', async (target) => {
    server.use(
      http.get(target.api, () =>
        HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      ),
    );
    renderApp(target.url, { retries: true });

    expect(
      await screen.findByRole('heading', {
        name: 'Sign in to the Agent Site Kit',
      }),
    ).toBeInTheDocument();
  });

  it.each(PAGES)('shows the reason of a 403 on $page', async (target) => {
    server.use(
      http.get(target.api, () =>
        HttpResponse.json(
          { detail: 'You do not have permission to perform this action.' },
          { status: 403 },
        ),
      ),
    );
    renderApp(target.url, { retries: true });

    const alert = await screen.findByText(target.title);
    expect(alert.parentElement).toHaveTextContent(
      'You do not have permission to perform this action.',
    );
  });

  it('shows a not-found page with a way back for an unknown agent', async () => {
    const { user } = renderApp(`${LIST_URL}${'0'.repeat(32)}/configure/`);

    expect(
      await screen.findByRole('heading', { name: 'Page not found' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to your agents' }));

    expect(
      await screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
    ).toBeInTheDocument();
  });

  it("shows the server's reason for a 405", async () => {
    server.use(
      http.post('*/api/marketplace-site-agent-access/:uuid/revoke/', () =>
        HttpResponse.json(
          { detail: 'Method "POST" not allowed.' },
          { status: 405 },
        ),
      ),
    );
    const { user } = renderApp(KEYS_URL);

    await user.click(
      await screen.findByRole('button', {
        name: /^Revoke Reporting script/,
      }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Revoke key' }));

    expect(
      await screen.findByText(
        'Could not revoke "Reporting script": Method "POST" not allowed.',
      ),
    ).toBeInTheDocument();
  });

  it("shows the server's reason for a 409", async () => {
    server.use(
      http.delete('*/api/marketplace-site-agent-access/:uuid/', () =>
        HttpResponse.json(
          { detail: 'Only revoked keys can be deleted. Revoke it first.' },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderApp(KEYS_URL);

    await user.click(
      await screen.findByRole('button', { name: /^Delete Data export cron/ }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Delete key' }));

    expect(
      await screen.findByText(
        'Could not delete "Data export cron": Only revoked keys can be deleted. Revoke it first.',
      ),
    ).toBeInTheDocument();
  });

  it.each(PAGES)('shows $page after waiting as a 429 says', async (target) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const times = watchRequests(target);
    let limited = true;
    server.use(
      http.get(target.api, () => {
        if (!limited) return undefined;
        limited = false;
        return HttpResponse.json(
          { detail: 'Request was throttled.' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    renderApp(target.url, { retries: true });

    await waitFor(() => expect(times).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(900);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);

    expect(await target.content()).toBeInTheDocument();
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });

  const UNAVAILABLE = 'The server is unavailable. Try again in a moment.';
  it.each([
    [
      'a 500',
      () => HttpResponse.json({ detail: 'Database is down.' }, { status: 500 }),
      'Database is down.',
    ],
    [
      'a 502',
      () =>
        new HttpResponse('<h1>Bad Gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      UNAVAILABLE,
    ],
    ['a 503', () => new HttpResponse(null, { status: 503 }), UNAVAILABLE],
    [
      'a network error',
      () => HttpResponse.error(),
      'Cannot reach the server. Check your connection.',
    ],
  ])(
    'retries %s with growing pauses, then offers Retry',
    async (_kind, failure, message) => {
      // A gateway's HTML page is not the JSON promised: it is reported.
      allowConsole(/unexpected response: Expected JSON/);
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const target = PAGES[0];
      const times = watchRequests(target);
      let failing = true;
      server.use(http.get(target.api, () => (failing ? failure() : undefined)));
      const { user } = renderApp(target.url, { retries: true });

      await waitFor(() => expect(times).toHaveLength(1));
      await vi.advanceTimersByTimeAsync(4_000);

      const title = await screen.findByText(target.title);
      expect(times).toHaveLength(4);
      const pauses = times.slice(1).map((time, i) => time - times[i]!);
      expect(pauses[0]).toBeGreaterThanOrEqual(500);
      expect(pauses[1]).toBeGreaterThan(pauses[0]!);
      expect(pauses[2]).toBeGreaterThan(pauses[1]!);
      expect(title.parentElement).toHaveTextContent(message);

      failing = false;
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await target.content()).toBeInTheDocument();
    },
  );

  it.each(PAGES)(
    'shows an unexpected response on $page and reports what was expected',
    async (target) => {
      allowConsole(/unexpected response/);
      server.use(
        http.get(target.api, () =>
          target.api === AGENTS_API
            ? HttpResponse.json([{ uuid: 42 }], {
                headers: { 'X-Result-Count': '1' },
              })
            : HttpResponse.json({ uuid: SEED.agentUuid }),
        ),
      );
      renderApp(target.url);

      const title = await screen.findByText(target.title);
      expect(title.parentElement).toHaveTextContent(
        'Unexpected response from the server.',
      );
      const report = reported('unexpected');
      expect(report).toBeInstanceOf(Error);
      const message = (report as Error).message;
      expect(message).toContain('does not fit the contract');
      expect(message).toMatch(/uuid|name/);
      expect(message).toMatch(/expected string/);
    },
  );

  it('shows a crashed page in its route boundary, the frame still usable', async () => {
    allowConsole(/The usage page broke/);
    const { user } = renderApp(`${LIST_URL}${SEED.agentUuid}/usage/`);

    expect(
      await screen.findByRole('heading', { name: 'This page failed to load.' }),
    ).toBeInTheDocument();
    const report = reported('route error');
    expect(report).toEqual(new Error('The usage page broke'));

    await user.click(screen.getByRole('link', { name: 'Back to your agents' }));
    expect(
      await screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
    ).toBeInTheDocument();
  });

  it.each([400, 403, 404, 405, 409])(
    'sends one request only for a %i',
    async (status) => {
      const target = PAGES[0];
      const times = watchRequests(target);
      server.use(
        http.get(target.api, () =>
          HttpResponse.json({ detail: `Refused (${status}).` }, { status }),
        ),
      );
      renderApp(target.url, { retries: true });

      const title = await screen.findByText(target.title);
      expect(title.parentElement).toHaveTextContent(`Refused (${status}).`);
      expect(times).toHaveLength(1);
    },
  );
});
