import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRoutes } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import type { RestoreOutcome } from '@mocks/persist';
import { MEMBER_TOKEN, OWNER_TOKEN, SEED } from '@mocks/seed';

import { getToken } from '@/api/session';
import { routes } from '@/config/routes';
import { KitRouter } from '@/lib/navigation/KitRouter';
import { createMemoryNavigation } from '@/lib/navigation/navigation';
import { createTestQueryClient } from '@/testing/render';

import { appRoutes } from '../routes';
import { DevToolbar } from './DevToolbar';
import { mockState, SCENARIO_KEY, startMockSession } from './mockSession';

const LIST = routes.agents(SEED.orgUuid);
const FIRST_AGENT = 'slurm-agent-tartu-01';

/** The app with the toolbar beside it, as mock mode renders them. */
function renderWithToolbar(path: string, restore: RestoreOutcome = 'fresh') {
  startMockSession(server, restore);
  const queryClient = createTestQueryClient();
  const navigation = createMemoryNavigation([path]);
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <KitRouter navigation={navigation}>
        <AppRoutes />
      </KitRouter>
      <DevToolbar />
    </QueryClientProvider>,
  );
  return { user, navigation };
}

function AppRoutes() {
  return useRoutes(appRoutes);
}

async function openToolbar(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Mock: / }));
  return within(screen.getByRole('complementary', { name: 'Mock tools' }));
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('DevToolbar', () => {
  it('shows as a small collapsed button until opened', async () => {
    const { user } = renderWithToolbar(LIST);

    const tools = screen.getByRole('complementary', { name: 'Mock tools' });
    expect(within(tools).getAllByRole('button')).toHaveLength(1);
    const panel = await openToolbar(user);

    expect(panel.getByLabelText('Scenario')).toHaveValue('default');
    expect(panel.getByLabelText('Signed in as')).toHaveValue('owner');
    await user.click(
      panel.getByRole('button', { name: 'Collapse the mock tools' }),
    );
    expect(screen.getByRole('button', { name: 'Mock: default' })).toBeVisible();
  });

  it('switches the scenario in place and keeps it for the tab', async () => {
    const { user } = renderWithToolbar(LIST);
    await screen.findByRole('link', { name: FIRST_AGENT }, { timeout: 5000 });
    const panel = await openToolbar(user);

    await user.selectOptions(panel.getByLabelText('Scenario'), 'empty');

    expect(
      await screen.findByText('No agents have registered yet'),
    ).toBeInTheDocument();
    expect(sessionStorage.getItem(SCENARIO_KEY)).toBe('empty');
    expect(panel.getByRole('status')).toHaveTextContent(
      'Scenario "empty" is on.',
    );

    await user.selectOptions(panel.getByLabelText('Scenario'), 'default');
    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }),
    ).toBeInTheDocument();
  });

  it('takes the scenario from ?scenario= and drops it from the address', () => {
    window.history.replaceState(null, '', '/somewhere/?scenario=readonly&q=1');
    startMockSession(server, 'fresh');

    expect(mockState.scenario).toBe('readonly');
    expect(window.location.search).toBe('?q=1');
    expect(getToken()).toBe(MEMBER_TOKEN);
  });

  it('signs in as another role and shows the page as that role', async () => {
    const { user } = renderWithToolbar(
      routes.keys(SEED.orgUuid, SEED.agentUuid),
    );
    const create = await screen.findByRole(
      'button',
      { name: 'Create key' },
      { timeout: 5000 },
    );
    await waitFor(() => expect(create).toBeEnabled());
    const panel = await openToolbar(user);

    await user.selectOptions(panel.getByLabelText('Signed in as'), 'member');

    expect(getToken()).toBe(MEMBER_TOKEN);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create key' })).toBeDisabled(),
    );
    await user.selectOptions(panel.getByLabelText('Signed in as'), 'owner');
    expect(getToken()).toBe(OWNER_TOKEN);
  });

  it('puts the seed back with Reset mock data', async () => {
    const agent = db.identities.find((i) => i.uuid === SEED.agentUuid);
    if (agent) agent.name = 'renamed-before-reset';
    const { user } = renderWithToolbar(LIST);
    await screen.findByRole(
      'link',
      { name: 'renamed-before-reset' },
      { timeout: 5000 },
    );
    const panel = await openToolbar(user);

    await user.click(panel.getByRole('button', { name: 'Reset mock data' }));

    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }),
    ).toBeInTheDocument();
    expect(panel.getByRole('status')).toHaveTextContent(
      'Mock data is back to the seed.',
    );
  });

  it('opens with a notice when stored mock data was replaced', () => {
    renderWithToolbar(LIST, 'replaced');

    const tools = screen.getByRole('complementary', { name: 'Mock tools' });
    expect(within(tools).getByRole('alert')).toHaveTextContent(
      /replaced by a fresh seed/,
    );
  });
});
