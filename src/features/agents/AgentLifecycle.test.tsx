import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, expect, it } from 'vitest';

import { server } from '@mocks/node';
import {
  MANAGER_TOKEN,
  MEMBER_TOKEN,
  SEED,
  SEED_ORG_AGENT_COUNT,
} from '@mocks/seed';

import { agentKeys } from '@/api/queries/agentQueries';
import { setToken } from '@/api/session';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const LIST = routes.agents(SEED.orgUuid);

// The route loads the page lazily; loading it once here keeps the first
// test's wait as short as the others'.
beforeAll(async () => {
  await import('./AgentListPage');
});
const READ_ONLY = /Read only: only organization owners and offering managers/;

async function openRegisterDialog() {
  const view = renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });
  await view.user.click(screen.getByRole('button', { name: 'Register agent' }));
  return { ...view, dialog: within(await screen.findByRole('dialog')) };
}

it('registers an agent and opens its configure page', async () => {
  const { user, router, dialog } = await openRegisterDialog();

  await user.selectOptions(dialog.getByLabelText('Offering'), 'Batch Scripts');
  await user.type(dialog.getByLabelText('Name'), 'script-agent-new');
  await user.type(dialog.getByLabelText('Version (optional)'), '0.8.0');
  await user.click(dialog.getByRole('button', { name: 'Register' }));

  // The configure page loads lazily: allow for its first import.
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: 'script-agent-new' },
      { timeout: 4000 },
    ),
  ).toBeInTheDocument();
  expect(router.state.location.pathname).toMatch(
    new RegExp(
      `^/organization/${SEED.orgUuid}/agents/[0-9a-f]{32}/configure/$`,
    ),
  );
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

it('checks the name before sending anything', async () => {
  const { user, dialog } = await openRegisterDialog();

  await user.type(dialog.getByLabelText('Name'), '   ');
  await user.click(dialog.getByRole('button', { name: 'Register' }));

  expect(await dialog.findByText('Enter a name.')).toBeInTheDocument();
  expect(dialog.getByLabelText('Offering')).toHaveAccessibleDescription(
    'Choose an offering.',
  );
});

it('shows a server field error on its field and keeps what was typed', async () => {
  server.use(
    http.post('*/api/marketplace-site-agent-identities/', () =>
      HttpResponse.json(
        {
          name: ['Agent identity with this name already exists.'],
          non_field_errors: ['Try again later.'],
        },
        { status: 400 },
      ),
    ),
  );
  const { user, router, dialog } = await openRegisterDialog();

  await user.selectOptions(
    dialog.getByLabelText('Offering'),
    'HPC Cluster Slurm',
  );
  await user.type(dialog.getByLabelText('Name'), 'slurm-agent-tartu-01');
  await user.type(dialog.getByLabelText('Version (optional)'), '1.0');
  await user.click(dialog.getByRole('button', { name: 'Register' }));

  const name = dialog.getByLabelText('Name');
  await waitFor(() =>
    expect(name).toHaveAccessibleDescription(
      'Agent identity with this name already exists.',
    ),
  );
  expect(name).toHaveFocus();
  expect(name).toHaveValue('slurm-agent-tartu-01');
  expect(dialog.getByLabelText('Version (optional)')).toHaveValue('1.0');
  expect(dialog.getByLabelText('Offering')).toHaveValue(SEED.slurmOfferingUuid);
  expect(dialog.getByText('Try again later.')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(LIST);
});

it('deletes an agent after confirmation naming it', async () => {
  const { user } = renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-02' });

  await user.click(
    screen.getByRole('button', { name: 'Delete slurm-agent-tartu-02' }),
  );
  const dialog = within(await screen.findByRole('dialog'));
  expect(
    dialog.getByText(/"slurm-agent-tartu-02".*services and processors/),
  ).toBeInTheDocument();
  await user.click(dialog.getByRole('button', { name: 'Delete agent' }));

  expect(
    await screen.findByText(`${SEED_ORG_AGENT_COUNT - 1} agents`),
  ).toBeInTheDocument();
  expect(
    screen.queryByRole('link', { name: 'slurm-agent-tartu-02' }),
  ).not.toBeInTheDocument();
  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
});

it('goes to the previous page after deleting the last row of the last page', async () => {
  const { user, router } = renderApp(`${LIST}?page=2`);
  await screen.findByText('Page 2 of 2');

  for (let left = SEED_ORG_AGENT_COUNT - 10; left > 0; left -= 1) {
    const [first] = screen.getAllByRole('button', { name: /^Delete / });
    await user.click(first as HTMLElement);
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Delete agent' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  }

  expect(await screen.findByText('10 agents')).toBeInTheDocument();
  expect(router.state.location.search).toBe('');
  expect(screen.queryByText('Unable to load agents')).not.toBeInTheDocument();
});

it('disables Register and Delete with the reason for read-only users', async () => {
  setToken(MEMBER_TOKEN, false);
  renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });

  const register = screen.getByRole('button', { name: 'Register agent' });
  expect(register).toBeDisabled();
  expect(register).toHaveAccessibleDescription(READ_ONLY);
  const remove = screen.getByRole('button', {
    name: 'Delete slurm-agent-tartu-01',
  });
  expect(remove).toBeDisabled();
  expect(remove).toHaveAccessibleDescription(READ_ONLY);
});

it('lets an offering manager manage only the agents of that offering', async () => {
  setToken(MANAGER_TOKEN, false);
  renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });

  expect(screen.getByRole('button', { name: 'Register agent' })).toBeEnabled();
  expect(
    screen.getByRole('button', { name: 'Delete slurm-agent-tartu-01' }),
  ).toBeEnabled();
  expect(
    screen.getByRole('button', { name: 'Delete script-agent-batch-01' }),
  ).toBeDisabled();
});

it('prefetches an agent when its link is hovered', async () => {
  const { user, queryClient } = renderApp(LIST);
  const link = await screen.findByRole('link', {
    name: 'slurm-agent-tartu-01',
  });

  await user.hover(link);

  await waitFor(() =>
    expect(
      queryClient.getQueryData(agentKeys.detail(SEED.agentUuid)),
    ).toMatchObject({
      name: 'slurm-agent-tartu-01',
    }),
  );
});
