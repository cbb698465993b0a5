import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { useScenario } from '@mocks/scenarios/testing';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import { mockSlots } from '../mockSlots';
import { MockTokenHint } from './MockTokenHint';

const LIST = routes.agents(SEED.orgUuid);
const CONFIGURE = routes.configure(SEED.orgUuid, SEED.agentUuid);
const WIDGETS = routes.widgets(SEED.orgUuid, SEED.agentUuid);
const KEYS = routes.keys(SEED.orgUuid, SEED.agentUuid);
const USAGE = routes.usage(SEED.orgUuid, SEED.agentUuid);
const FIRST_AGENT = 'slurm-agent-tartu-01';
const SLOW = { timeout: 5000 };

afterEach(() => {
  mockSlots.signInHint = null;
});

describe('mock scenarios', () => {
  it('shows the seeded agents in the default scenario', async () => {
    useScenario('default');
    renderApp(LIST);

    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Register agent' }),
    ).toBeEnabled();
  });

  it('shows the empty state in the empty scenario', async () => {
    useScenario('empty');
    renderApp(LIST);

    expect(
      await screen.findByText('No agents have registered yet', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('counts 5,000 agents and 500 keys in the many scenario', async () => {
    useScenario('many');
    const { unmount } = renderApp(LIST);

    expect(
      await screen.findByText(/^5,?000 agents$/, {}, SLOW),
    ).toBeInTheDocument();
    unmount();

    renderApp(KEYS);
    expect(await screen.findByText('500 keys', {}, SLOW)).toBeInTheDocument();
  });

  it('shows the loading state, then the page, in the slow scenario', async () => {
    useScenario('slow', { delayMs: 150 });
    renderApp(LIST);

    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }, SLOW),
    ).toBeInTheDocument();
  });

  it('shows each page its error state with Retry in the errors scenario', async () => {
    useScenario('errors');
    const { unmount } = renderApp(LIST);

    const alert = await screen.findByText(
      'Unable to load the agent offerings of this organization',
      {},
      SLOW,
    );
    expect(alert.closest('.alert')).toHaveTextContent(/server/i);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    unmount();

    renderApp(KEYS);
    expect(
      await screen.findByText('Unable to load API keys', {}, SLOW),
    ).toBeInTheDocument();
    // The agent's frame still loads around the page's own error.
    expect(
      screen.getByRole('heading', { level: 1, name: FIRST_AGENT }),
    ).toBeInTheDocument();
  });

  it('recovers with Retry from the failures of the flaky scenario', async () => {
    useScenario('flaky', { failureRate: 0.5 });
    const { user } = renderApp(LIST);

    // The same requests fail on every run, so this loop is deterministic.
    let retries = 0;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await waitFor(() =>
        expect(
          screen.queryByRole('link', { name: FIRST_AGENT }) ??
            screen.queryByRole('button', { name: 'Retry' }),
        ).toBeInTheDocument(),
      );
      const retry = screen.queryByRole('button', { name: 'Retry' });
      if (!retry) break;
      retries += 1;
      await user.click(retry);
    }
    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }),
    ).toBeInTheDocument();
    expect(retries).toBeGreaterThan(0);
  });

  it('disables the controls and says why in the readonly scenario', async () => {
    useScenario('readonly');
    renderApp(KEYS);

    const create = await screen.findByRole(
      'button',
      { name: 'Create key' },
      SLOW,
    );
    await waitFor(() => expect(create).toBeDisabled());
    expect(create).toHaveAccessibleDescription(
      'Read only: only organization owners and offering managers can change this.',
    );
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('signs in with a seeded token from the hint in the signed-out scenario', async () => {
    useScenario('signed-out');
    mockSlots.signInHint = MockTokenHint;
    const { user } = renderApp(LIST);

    expect(
      await screen.findByRole('heading', {
        name: 'Sign in to the Agent Site Kit',
      }),
    ).toBeInTheDocument();
    const hint = screen.getByRole('region', {
      name: 'Mock mode: sign in with a seeded token',
    });
    expect(within(hint).getByText('mock-owner-token')).toBeInTheDocument();

    await user.click(
      within(hint).getByRole('button', {
        name: 'Use the token of the Organization owner',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }, SLOW),
    ).toBeInTheDocument();
  });

  it('says which features the server lacks in the legacy scenario', async () => {
    useScenario('legacy');
    const pages: Array<[string, RegExp]> = [
      [KEYS, /API keys are not available on this server/],
      [WIDGETS, /Chat widgets are not available on this server/],
      [USAGE, /Usage metering is not available on this server/],
      [CONFIGURE, /This server does not offer MCP for agents yet/],
    ];
    for (const [path, text] of pages) {
      const { unmount } = renderApp(path);
      expect(await screen.findByText(text, {}, SLOW)).toBeInTheDocument();
      unmount();
    }

    renderApp(LIST);
    expect(
      await screen.findByRole('link', { name: FIRST_AGENT }, SLOW),
    ).toBeInTheDocument();
  });
});
