import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '@mocks/node';
import { useScenario } from '@mocks/scenarios/testing';
import { SEED } from '@mocks/seed';

import { renderApp } from '@/testing/render';

import { countRequests, isRequestTo, rowOf } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;
const LIST_API = '*/api/marketplace-site-agent-access/';

afterEach(() => {
  server.events.removeAllListeners();
});

describe('KeysPage', () => {
  it('offers no key actions on a server without the keys endpoint', async () => {
    useScenario('legacy');
    renderApp(KEYS_URL);

    expect(
      await screen.findByText('API keys are not available on this server.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/does not offer API keys/)).toBeInTheDocument();
    // Said once, with nothing to act on: no create, filters or key test.
    expect(screen.getAllByText(/does not offer API keys/)).toHaveLength(1);
    expect(
      screen.queryByRole('button', { name: 'Create key' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Search by name')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('API key to test')).not.toBeInTheDocument();
  });

  it('shows each key with its status in words', async () => {
    renderApp(KEYS_URL);

    await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(rowOf('Reporting script').getByText('Active')).toBeInTheDocument();
    expect(
      rowOf('Reporting script').getByText('Never used'),
    ).toBeInTheDocument();
    expect(
      rowOf('Jupyter notebooks').getByText('Expires soon'),
    ).toBeInTheDocument();
    expect(rowOf('CI pipeline').getByText('Expired')).toBeInTheDocument();
    expect(
      rowOf('Evaluation sandbox').getByText('Never used'),
    ).toBeInTheDocument();
    expect(rowOf('Reporting script').getByText(/^sak_.{4}…$/)).toHaveClass(
      'font-monospace',
    );
    expect(
      rowOf('Reporting script').getByText('HPC Training 2026'),
    ).toBeInTheDocument();
  });

  it('shows a revoked key and the 30-day usage of each key', async () => {
    renderApp(`${KEYS_URL}?status=revoked`);

    expect(await screen.findByText('Old integration')).toBeInTheDocument();
    expect(rowOf('Old integration').getByText('Revoked')).toBeInTheDocument();
    expect(screen.queryByText('Reporting script')).not.toBeInTheDocument();
    // Revoked 20 days ago: usage remains inside the 30-day window.
    const requests = rowOf('Old integration').getAllByRole('cell')[7];
    expect(requests?.textContent).toMatch(/^[1-9][\d,]*$/);
  });

  it('asks for the usage summary once, whatever page or sort is shown', async () => {
    const summaries = countRequests(
      server,
      isRequestTo('GET', 'usage/summary'),
    );
    const { user, router } = renderApp(KEYS_URL);

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Website chat backend');
    expect(router.state.location.search).toBe('?page=2');
    await user.selectOptions(screen.getByLabelText('Sort'), 'name');
    await waitFor(() => expect(router.state.location.search).toBe('?o=name'));
    await screen.findByText('CI pipeline');

    expect(summaries.count).toBe(1);
    summaries.stop();
  });

  it('shows the exact time of the last use on focus', async () => {
    renderApp(`${KEYS_URL}?q=Jupyter`);

    await screen.findByText('Jupyter notebooks');
    const lastUse = rowOf('Jupyter notebooks').getByText(/ago$/);
    act(() => lastUse.focus());

    expect(lastUse).toHaveTextContent(/ago \(Nov 30, 2026, .+\)$/);
    act(() => lastUse.blur());
    expect(lastUse).not.toHaveTextContent(/2026/);
  });

  it('keeps filters, search, sort and page in the URL', async () => {
    const { user, router } = renderApp(KEYS_URL);

    await screen.findByRole('table');
    await user.selectOptions(
      screen.getByLabelText('Project'),
      SEED.projects.climate,
    );
    await user.selectOptions(screen.getByLabelText('Status'), 'active');
    await user.type(screen.getByLabelText('Search by name'), 'slack');

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?project=${SEED.projects.climate}&status=active&q=slack`,
      ),
    );
    await waitFor(() =>
      expect(screen.queryByText('Jupyter notebooks')).not.toBeInTheDocument(),
    );
    expect(screen.getAllByText('Slack bot')).toHaveLength(2);
  });

  it('finds expiring keys among active keys sorted by expiry', async () => {
    renderApp(`${KEYS_URL}?status=expiring`);

    expect(await screen.findByText('Partner portal')).toBeInTheDocument();
    expect(screen.getByText('Jupyter notebooks')).toBeInTheDocument();
    expect(screen.queryByText('CI pipeline')).not.toBeInTheDocument();
    expect(screen.queryByText('Reporting script')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Sort')).toBeDisabled();
  });

  it('says how to search when a prefix is typed', async () => {
    const { user } = renderApp(KEYS_URL);

    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Search by name'), 'sak_ab');

    expect(
      screen.getByText(/searches key names only, not prefixes/),
    ).toBeInTheDocument();
  });

  it('offers the first key when there are none', async () => {
    server.use(
      http.get(LIST_API, () =>
        HttpResponse.json([], { headers: { 'X-Result-Count': '0' } }),
      ),
    );
    renderApp(KEYS_URL);

    expect(await screen.findByText('No keys yet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Create key' })).toHaveLength(
      2,
    );
  });
});
