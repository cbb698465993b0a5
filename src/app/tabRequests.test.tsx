import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, expect, it } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

/*
 * An agent's tab needs the agent for its header and permissions, but its
 * own data depends only on the address: those requests must not wait for
 * the agent's answer.
 */
const AGENT_PATH = `/api/marketplace-site-agent-identities/${SEED.agentUuid}/`;

/** Pathnames and queries of the GET requests the mock server receives. */
function watchGets() {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

/** Holds the agent's answer until the returned function is called. */
function holdTheAgent() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(`*${AGENT_PATH}`, async () => {
      // Falls through to the seeded handler once released.
      await gate;
    }),
  );
  return release;
}

afterEach(() => {
  server.events.removeAllListeners();
});

const TABS = [
  {
    tab: 'Configure',
    url: routes.configure(SEED.orgUuid, SEED.agentUuid),
    paths: [
      '/api/marketplace-site-agent-services/',
      `/api/marketplace-site-agent-identities/${SEED.agentUuid}/mcp/tools/`,
      `/api/marketplace-site-agent-identities/${SEED.agentUuid}/mcp/resources/`,
      '/api/marketplace-provider-offerings/',
    ],
    content: () => screen.findByRole('textbox', { name: /^Name/ }),
  },
  {
    tab: 'Widgets',
    url: routes.widgets(SEED.orgUuid, SEED.agentUuid),
    paths: ['/api/marketplace-site-agent-widgets/'],
    content: () => screen.findByRole('row', { name: /Public website/ }),
  },
  {
    tab: 'API keys',
    url: `${routes.keys(SEED.orgUuid, SEED.agentUuid)}?o=name&status=active`,
    paths: [
      '/api/marketplace-site-agent-access/',
      '/api/marketplace-site-agent-usage/summary/',
      '/api/projects/',
    ],
    content: () => screen.findByRole('row', { name: /Reporting script/ }),
  },
  {
    tab: 'Usage',
    url: `${routes.usage(SEED.orgUuid, SEED.agentUuid)}?range=7`,
    paths: ['/api/marketplace-site-agent-usage/summary/'],
    content: () =>
      screen.findByRole('region', { name: 'Totals for the range' }),
  },
];

it.each(TABS)(
  'starts the $tab data while the agent is still loading, each once',
  async ({ url, paths, content }) => {
    const release = holdTheAgent();
    const seen = watchGets();
    renderApp(url);

    await waitFor(
      () => {
        for (const path of paths) {
          expect(seen.some((s) => s.startsWith(path))).toBe(true);
        }
      },
      { timeout: 3000 },
    );
    expect(screen.getByText('Loading agent…')).toBeInTheDocument();
    release();

    await content();
    // The page's own queries found the prefetched answers: nothing twice.
    const twice = seen.filter((s, i) => seen.indexOf(s) !== i);
    expect(twice).toEqual([]);
  },
);
