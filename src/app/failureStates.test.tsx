import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { allowConsole } from '@/testing/consoleGuard';
import { renderApp } from '@/testing/render';

/*
 * Every kind of failure a real network produces, on every page, as a person
 * meets it: the agent list, and an agent's Configure, Widgets, API keys and
 * Usage.
 */
const LIST_URL = `/organization/${SEED.orgUuid}/agents/`;
const AGENT_URL = `${LIST_URL}${SEED.agentUuid}/`;
const AGENTS_PATH = '/api/marketplace-site-agent-identities/';
const AGENT_PATH = `${AGENTS_PATH}${SEED.agentUuid}/`;

const NOT_OFFERED = {
  widgets: 'Chat widgets are not available on this server.',
  keys: 'API keys are not available on this server.',
  usage: 'Usage metering is not available on this server',
};

interface Target {
  page: string;
  url: string;
  /** The path of the page's main request. */
  path: string;
  /** The title of the page's error state for that request. */
  title: string;
  /** Resolves once the page shows what it loaded. */
  content: () => Promise<HTMLElement>;
  /** What a 404 of the main request shows, when not the error state. */
  notFound?: string;
  /** An answer that does not fit the contract, and what the report names. */
  malformed: () => Response;
  expected: RegExp;
}

const PAGES: Target[] = [
  {
    page: 'the agent list',
    // One offering: one request per attempt (several fan out per offering).
    url: `${LIST_URL}?offering=${SEED.slurmOfferingUuid}`,
    path: AGENTS_PATH,
    title: 'Unable to load agents',
    content: () => screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
    malformed: () =>
      HttpResponse.json([{ uuid: 42 }], { headers: { 'X-Result-Count': '1' } }),
    expected: /0\.uuid: expected string, received number/,
  },
  {
    page: 'Configure',
    url: `${AGENT_URL}configure/`,
    path: AGENT_PATH,
    title: 'Unable to load the agent',
    content: () => screen.findByRole('textbox', { name: /^Name/ }),
    notFound: 'Page not found',
    malformed: () => HttpResponse.json({ uuid: SEED.agentUuid }),
    expected: /name: expected string, received undefined/,
  },
  {
    page: 'Widgets',
    url: `${AGENT_URL}widgets/`,
    path: '/api/marketplace-site-agent-widgets/',
    title: 'Unable to load widgets',
    content: () => screen.findByRole('row', { name: /Public website/ }),
    notFound: NOT_OFFERED.widgets,
    malformed: () =>
      HttpResponse.json([{ uuid: 42 }], { headers: { 'X-Result-Count': '1' } }),
    expected: /0\.uuid: expected string, received number/,
  },
  {
    page: 'API keys',
    url: `${AGENT_URL}keys/`,
    path: '/api/marketplace-site-agent-access/',
    title: 'Unable to load API keys',
    content: () => screen.findByRole('row', { name: /Reporting script/ }),
    notFound: NOT_OFFERED.keys,
    malformed: () =>
      HttpResponse.json([{ uuid: 42 }], { headers: { 'X-Result-Count': '1' } }),
    expected: /0\.uuid: expected string, received number/,
  },
  {
    page: 'Usage',
    url: `${AGENT_URL}usage/`,
    path: '/api/marketplace-site-agent-usage/summary/',
    title: 'Unable to load usage',
    content: () =>
      screen.findByRole('region', { name: 'Totals for the range' }),
    notFound: NOT_OFFERED.usage,
    malformed: () =>
      HttpResponse.json({ totals: {}, by_day: 'daily', by_access: [] }),
    expected: /by_day: expected array, received string/,
  },
];

const apiOf = (target: Target) => `*${target.path}`;

/** Times (fake clock) of the `method` requests the mock server gets. */
function watchRequests(method: string, pathname: string | RegExp) {
  const times: number[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    const matches =
      typeof pathname === 'string' ? path === pathname : pathname.test(path);
    if (request.method === method && matches) times.push(Date.now());
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

// The usage page, which one test makes crash for the route-level boundary.
const usagePage = vi.hoisted(() => ({ crashes: false }));
vi.mock('@/features/usage/UsagePage', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('@/features/usage/UsagePage')>();
  return {
    UsagePage: () => {
      if (usagePage.crashes) throw new Error('The usage page broke');
      return <actual.UsagePage />;
    },
  };
});

afterEach(() => {
  server.events.removeAllListeners();
  usagePage.crashes = false;
});

/** Every page with every one of `cases`, for tables of tests. */
function eachPageWith<C>(cases: readonly C[]) {
  return PAGES.flatMap((target) =>
    cases.map((with_) => ({ ...target, with: with_ })),
  );
}

describe('failure states', () => {
  it.each(PAGES)(
    'asks to sign in again on a 401 on $page, after one request',
    async (target) => {
      const times = watchRequests('GET', target.path);
      server.use(
        http.get(apiOf(target), () =>
          HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
        ),
      );
      renderApp(target.url, { retries: true });

      expect(
        await screen.findByRole('dialog', { name: 'Your session has ended' }),
      ).toBeInTheDocument();
      expect(times).toHaveLength(1);
    },
  );

  it.each(eachPageWith([400, 403, 404, 405, 409] as const))(
    'shows what a $with means on $page, after one request',
    async (target) => {
      const status = target.with;
      const times = watchRequests('GET', target.path);
      server.use(
        http.get(apiOf(target), () =>
          HttpResponse.json({ detail: `Refused (${status}).` }, { status }),
        ),
      );
      renderApp(target.url, { retries: true });

      if (status === 404 && target.notFound) {
        expect(await screen.findByText(target.notFound)).toBeInTheDocument();
      } else {
        const title = await screen.findByText(target.title);
        expect(title.parentElement).toHaveTextContent(`Refused (${status}).`);
      }
      expect(times).toHaveLength(1);
    },
  );

  it.each([
    ['an unknown agent', `${LIST_URL}${'0'.repeat(32)}/configure/`],
    ['an unknown address', `${AGENT_URL}nowhere/`],
    ['an unknown organization', `/organization/${'0'.repeat(32)}/agents/`],
  ])('shows a not-found page with a way back for %s', async (_kind, url) => {
    const { user } = renderApp(url);

    expect(
      await screen.findByRole('heading', { name: /not found$/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to your agents' }));

    expect(
      await screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
    ).toBeInTheDocument();
  });

  it.each(PAGES)('shows $page after waiting as a 429 says', async (target) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const times = watchRequests('GET', target.path);
    let limited = true;
    server.use(
      http.get(apiOf(target), () => {
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

  it.each(PAGES)(
    'shows the reason on $page at once when a 429 asks for an hour',
    async (target) => {
      const times = watchRequests('GET', target.path);
      server.use(
        http.get(apiOf(target), () =>
          HttpResponse.json(
            {
              detail:
                'Request was throttled. Expected available in 3600 seconds.',
            },
            { status: 429, headers: { 'Retry-After': '3600' } },
          ),
        ),
      );
      renderApp(target.url, { retries: true });

      const title = await screen.findByText(target.title);
      expect(title.parentElement).toHaveTextContent(
        'Expected available in 3600 seconds.',
      );
      expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
      expect(times).toHaveLength(1);
    },
  );

  const UNAVAILABLE = 'The server is unavailable. Try again in a moment.';
  const FAILURES = [
    {
      kind: 'a 500',
      answer: () =>
        HttpResponse.json({ detail: 'Database is down.' }, { status: 500 }),
      message: 'Database is down.',
    },
    {
      kind: 'a 502',
      answer: () =>
        new HttpResponse('<h1>Bad Gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      message: UNAVAILABLE,
    },
    {
      kind: 'a 503',
      answer: () => new HttpResponse(null, { status: 503 }),
      message: UNAVAILABLE,
    },
    {
      kind: 'a network error',
      answer: () => HttpResponse.error(),
      message: 'Cannot reach the server. Check your connection.',
    },
  ] as const;

  it.each(eachPageWith(FAILURES))(
    'retries $with.kind on $page with growing pauses, then offers Retry',
    async (target) => {
      const { answer, message } = target.with;
      // A gateway's HTML page is an outage, not a contract breach: the
      // developer report stays quiet (the console guard fails otherwise).
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const times = watchRequests('GET', target.path);
      let failing = true;
      server.use(
        http.get(apiOf(target), () => (failing ? answer() : undefined)),
      );
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
    'gives up on $page when the server never answers, then Retry loads it',
    async (target) => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const times = watchRequests('GET', target.path);
      let answering = false;
      server.use(
        http.get(apiOf(target), () =>
          answering ? undefined : delay('infinite'),
        ),
      );
      const { user } = renderApp(target.url, { retries: true });

      await waitFor(() => expect(times).toHaveLength(1));
      await vi.advanceTimersByTimeAsync(29_000);
      expect(times).toHaveLength(1);
      expect(screen.queryByText(target.title)).not.toBeInTheDocument();
      // 30 s per attempt, two attempts, a pause of 0.5 s between.
      await vi.advanceTimersByTimeAsync(1_000 + 30_000 + 500);

      const title = await screen.findByText(target.title);
      expect(title.parentElement).toHaveTextContent(
        'The server took too long to answer.',
      );
      expect(times).toHaveLength(2);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(30_500);

      answering = true;
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await target.content()).toBeInTheDocument();
      expect(screen.queryByText(target.title)).not.toBeInTheDocument();
    },
  );

  it.each(PAGES)(
    'shows an unexpected response on $page and reports what was expected',
    async (target) => {
      allowConsole(/unexpected response/);
      server.use(http.get(apiOf(target), () => target.malformed()));
      renderApp(target.url);

      const title = await screen.findByText(target.title);
      expect(title.parentElement).toHaveTextContent(
        'Unexpected response from the server.',
      );
      const report = reported('unexpected');
      expect(report).toBeInstanceOf(Error);
      const message = (report as Error).message;
      expect(message).toContain(target.path);
      expect(message).toContain('does not fit the contract');
      expect(message).toMatch(target.expected);
    },
  );

  const REASONS = {
    403: 'You do not have permission to perform this action.',
    405: 'Method not allowed.',
    409: 'The record was changed by someone else.',
  } as const;

  /** One write per page that has any, and where its refusal shows. */
  const WRITES = [
    {
      page: 'the agent list',
      url: `${LIST_URL}?offering=${SEED.slurmOfferingUuid}`,
      method: 'DELETE',
      path: AGENT_PATH,
      act: async (user: UserEvent) => {
        await user.click(
          await screen.findByRole('button', {
            name: 'Delete slurm-agent-tartu-01',
          }),
        );
        const dialog = within(await screen.findByRole('dialog'));
        await user.click(dialog.getByRole('button', { name: 'Delete agent' }));
      },
      shows: (reason: string) => `The agent was not deleted: ${reason}`,
    },
    {
      page: 'Configure',
      url: `${AGENT_URL}configure/`,
      method: 'PUT',
      path: AGENT_PATH,
      act: async (user: UserEvent) => {
        const name = await screen.findByRole('textbox', {
          name: 'Name (required)',
        });
        await user.type(name, '-renamed');
        await user.click(screen.getByRole('button', { name: 'Save' }));
        const dialog = within(
          await screen.findByRole('dialog', { name: 'Save these changes?' }),
        );
        await user.click(dialog.getByRole('button', { name: 'Save changes' }));
      },
      shows: (reason: string) => reason,
    },
    {
      page: 'Widgets',
      url: `${AGENT_URL}widgets/`,
      method: 'DELETE',
      path: /^\/api\/marketplace-site-agent-widgets\/[^/]+\/$/,
      act: async (user: UserEvent) => {
        await screen.findByRole('row', { name: /Public website/ });
        await user.click(screen.getByRole('button', { name: 'Delete' }));
        const dialog = within(await screen.findByRole('dialog'));
        await user.click(dialog.getByRole('button', { name: 'Delete widget' }));
      },
      shows: (reason: string) => reason,
    },
    {
      page: 'API keys',
      url: `${AGENT_URL}keys/`,
      method: 'POST',
      path: /^\/api\/marketplace-site-agent-access\/[^/]+\/revoke\/$/,
      act: async (user: UserEvent) => {
        await user.click(
          await screen.findByRole('button', {
            name: /^Revoke Reporting script/,
          }),
        );
        const dialog = within(await screen.findByRole('dialog'));
        await user.click(dialog.getByRole('button', { name: 'Revoke key' }));
      },
      shows: (reason: string) =>
        `Could not revoke "Reporting script": ${reason}`,
    },
  ];

  it.each(
    WRITES.flatMap((write) =>
      ([403, 405, 409] as const).map((status) => ({ ...write, status })),
    ),
  )(
    "shows the server's reason for a $status to a write on $page, sent once",
    async (write) => {
      const reason = REASONS[write.status];
      const times = watchRequests(write.method, write.path);
      server.use(
        http.all('*/api/*', ({ request }) => {
          const path = new URL(request.url).pathname;
          const matches =
            typeof write.path === 'string'
              ? path === write.path
              : write.path.test(path);
          if (request.method !== write.method || !matches) return undefined;
          return HttpResponse.json(
            { detail: reason },
            { status: write.status },
          );
        }),
      );
      const { user } = renderApp(write.url, { retries: true });

      await write.act(user);

      expect(await screen.findByText(write.shows(reason))).toBeInTheDocument();
      expect(times).toHaveLength(1);
    },
  );

  it('shows a crashed page in its route boundary, the frame still usable', async () => {
    allowConsole(/The usage page broke/);
    usagePage.crashes = true;
    const { user } = renderApp(`${AGENT_URL}usage/`);

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
});
