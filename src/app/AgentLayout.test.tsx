import { act, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const CONFIGURE = routes.configure(SEED.orgUuid, SEED.agentUuid);

const tabs = () =>
  within(screen.getByRole('navigation', { name: 'Agent pages' }));

it('moves back to a visited tab from cache, without a loading state', async () => {
  const { user } = renderApp(CONFIGURE);
  expect(await screen.findByLabelText('Name (required)')).toHaveValue(
    'slurm-agent-tartu-01',
  );

  await user.click(tabs().getByRole('link', { name: 'API keys' }));
  expect(
    await screen.findByRole('button', { name: 'Create key' }),
  ).toBeInTheDocument();
  await user.click(tabs().getByRole('link', { name: 'Configure' }));

  // The first render after the click already shows the form.
  expect(screen.getByLabelText('Name (required)')).toHaveValue(
    'slurm-agent-tartu-01',
  );
  expect(screen.queryByText(/^Loading/)).not.toBeInTheDocument();
  await act(() => Promise.resolve());
  expect(screen.queryByText(/^Loading/)).not.toBeInTheDocument();
});

it('marks the open tab as the current page', async () => {
  renderApp(CONFIGURE);
  await screen.findByLabelText('Name (required)');

  expect(tabs().getByRole('link', { name: 'Configure' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(tabs().getByRole('link', { name: 'Usage' })).not.toHaveAttribute(
    'aria-current',
  );
});
