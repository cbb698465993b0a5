import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, expect, it } from 'vitest';

import { resetDb } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED, SEED_ORG_AGENT_COUNT } from '@mocks/seed';

import { config } from '@/config/config';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const LIST = routes.agents(SEED.orgUuid);

// The route loads the page lazily; loading it once here keeps the first
// test's wait as short as the others'.
beforeAll(async () => {
  await import('./AgentListPage');
});

function rowOf(name: string) {
  return screen.getByRole('link', { name }).closest('tr') as HTMLElement;
}

function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('row');
}

it('shows seeded agents with offering names, health and last restart', async () => {
  renderApp(LIST);

  expect(
    await screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
  ).toHaveAttribute('href', routes.configure(SEED.orgUuid, SEED.agentUuid));
  expect(
    screen.getByRole('heading', { level: 1, name: 'Agents' }),
  ).toBeInTheDocument();
  expect(await screen.findByText('Aurora Research Cloud')).toBeInTheDocument();
  const tartu = within(rowOf('slurm-agent-tartu-01'));
  expect(tartu.getByText('HPC Cluster Slurm')).toBeInTheDocument();
  expect(tartu.getByText('4 Active')).toBeInTheDocument();
  expect(tartu.getByText('2 days ago')).toHaveAttribute('title');
  const tallinn = within(rowOf('slurm-agent-tallinn-01'));
  expect(tallinn.getByText('1 Error')).toBeInTheDocument();
  expect(tallinn.getByText('1 Active')).toBeInTheDocument();
  expect(
    within(rowOf('slurm-agent-vilnius-01')).getByText('No services'),
  ).toBeInTheDocument();
  expect(
    screen.getByText(`${SEED_ORG_AGENT_COUNT} agents`),
  ).toBeInTheDocument();
});

it('searches by exact name through the URL', async () => {
  const { user, router } = renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });

  await user.type(
    screen.getByLabelText('Exact name'),
    'slurm-agent-riga-01{Enter}',
  );

  expect(await screen.findByText('1 agent')).toBeInTheDocument();
  expect(bodyRows()).toHaveLength(1);
  expect(
    screen.getByRole('link', { name: 'slurm-agent-riga-01' }),
  ).toBeInTheDocument();
  expect(router.state.location.search).toBe('?name=slurm-agent-riga-01');
});

it('filters by offering and starts again on page 1', async () => {
  const { user, router } = renderApp(`${LIST}?page=2`);
  await screen.findByText('Page 2 of 2');

  await user.selectOptions(screen.getByLabelText('Offering'), 'Batch Scripts');

  expect(await screen.findByText('4 agents')).toBeInTheDocument();
  expect(bodyRows()).toHaveLength(4);
  expect(
    screen.getByRole('link', { name: 'script-agent-batch-01' }),
  ).toBeInTheDocument();
  expect(router.state.location.search).toBe(
    `?offering=${SEED.scriptOfferingUuid}`,
  );
});

it('moves between pages and shows the total', async () => {
  const { user, router } = renderApp(LIST);
  await screen.findByText('Page 1 of 2');
  expect(bodyRows()).toHaveLength(10);

  await user.click(screen.getByRole('button', { name: 'Next' }));

  expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
  expect(bodyRows()).toHaveLength(SEED_ORG_AGENT_COUNT - 10);
  expect(
    screen.getByText(`${SEED_ORG_AGENT_COUNT} agents`),
  ).toBeInTheDocument();
  expect(router.state.location.search).toBe('?page=2');
});

it('says so when the organization has no agent offerings', async () => {
  renderApp(routes.agents(SEED.emptyOrgUuid));

  expect(
    await screen.findByText('This organization has no agent offerings'),
  ).toBeInTheDocument();
  expect(screen.getByText(config.apiUrl)).toBeInTheDocument();
  expect(
    screen.getByRole('button', { name: 'Copy API URL' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Register agent' })).toBeDisabled();
});

it('explains how an agent registers when no agent has yet', async () => {
  resetDb('empty');
  const { user } = renderApp(LIST);

  expect(
    await screen.findByText('No agents have registered yet'),
  ).toBeInTheDocument();
  expect(screen.getByText(SEED.slurmOfferingUuid)).toBeInTheDocument();
  expect(screen.getByText(SEED.scriptOfferingUuid)).toBeInTheDocument();
  await user.click(
    screen.getByRole('button', {
      name: 'Copy Offering UUID of HPC Cluster Slurm',
    }),
  );
  expect(await screen.findByText('Copied')).toBeInTheDocument();
});

it('offers to clear filters that match no agent', async () => {
  const { user, router } = renderApp(
    `${LIST}?name=riga&offering=${SEED.slurmOfferingUuid}`,
  );

  expect(await screen.findByText('No agents match')).toBeInTheDocument();
  expect(screen.getByLabelText('Exact name')).toHaveValue('riga');
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));

  expect(
    await screen.findByText(`${SEED_ORG_AGENT_COUNT} agents`),
  ).toBeInTheDocument();
  expect(screen.getByLabelText('Exact name')).toHaveValue('');
  expect(router.state.location.search).toBe('');
});

it('shows a failed load with Retry, which recovers', async () => {
  server.use(
    http.get(
      '*/api/marketplace-site-agent-identities/',
      () =>
        HttpResponse.json(
          { detail: 'Database is restarting.' },
          { status: 500 },
        ),
      { once: true },
    ),
  );
  const { user } = renderApp(LIST);

  expect(await screen.findByText('Unable to load agents')).toBeInTheDocument();
  expect(screen.getByText('Database is restarting.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Retry' }));

  expect(
    await screen.findByRole('link', { name: 'slurm-agent-tartu-01' }),
  ).toBeInTheDocument();
  expect(screen.queryByText('Unable to load agents')).not.toBeInTheDocument();
});

it('lands on the last page when the page is past the end', async () => {
  const { router } = renderApp(`${LIST}?page=7`);

  expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
  expect(router.state.location.search).toBe('?page=2');
});

it('lands on the last page of one offering when the server says "Invalid page."', async () => {
  const { router } = renderApp(
    `${LIST}?offering=${SEED.scriptOfferingUuid}&page=3`,
  );

  expect(await screen.findByText('4 agents')).toBeInTheDocument();
  expect(router.state.location.search).toBe(
    `?offering=${SEED.scriptOfferingUuid}`,
  );
});

it('says when the organization does not exist or is not visible', async () => {
  renderApp(routes.agents(SEED.otherProviderOrgUuid));

  expect(
    await screen.findByRole('heading', { name: 'Organization not found' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Back to your agents' }),
  ).toHaveAttribute('href', '/');
});
