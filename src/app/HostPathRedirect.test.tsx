import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

it('shows the agent list for the host plural organization URL', async () => {
  const { router } = renderApp(
    `/organizations/${SEED.orgUuid}/agents/?name=tartu&page=1`,
  );

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Agents' }),
  ).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(routes.agents(SEED.orgUuid));
  expect(router.state.location.search).toBe('?name=tartu&page=1');
});

it('keeps the rest of the path and the hash of a deep link', async () => {
  const { router } = renderApp(
    `/organizations/${SEED.orgUuid}/agents/${SEED.agentUuid}/usage?range=7d#keys`,
  );

  await waitFor(() =>
    expect(router.state.location.pathname).toBe(
      routes.usage(SEED.orgUuid, SEED.agentUuid),
    ),
  );
  expect(router.state.location.search).toBe('?range=7d');
  expect(router.state.location.hash).toBe('#keys');
});

it('opens the agent list for the bare organization URL', async () => {
  const { router } = renderApp(`/organizations/${SEED.orgUuid}`);

  await waitFor(() =>
    expect(router.state.location.pathname).toBe(routes.agents(SEED.orgUuid)),
  );
});

it('opens the agent list for the kit’s own bare organization URL', async () => {
  const { router } = renderApp(`/organization/${SEED.orgUuid}/?tab=x`);

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Agents' }),
  ).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(routes.agents(SEED.orgUuid));
});
