import { act, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

async function openForm() {
  const app = renderApp(routes.configure(SEED.orgUuid, SEED.agentUuid));
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole(
    'textbox',
    { name: 'Name (required)' },
    { timeout: 5000 },
  );
  return app;
}

it('shows the offering as text under its label', async () => {
  await openForm();

  const settings = within(screen.getByRole('form', { name: 'Agent settings' }));
  const term = settings.getByRole('term');
  expect(term).toHaveTextContent('Offering');
  expect(term.nextElementSibling).toBe(settings.getByRole('definition'));
  expect(settings.getByRole('definition')).toHaveTextContent(
    'HPC Cluster Slurm',
  );
  expect(
    settings.getByText(
      'An agent stays with the offering it was registered for.',
    ),
  ).toBeVisible();
});

// Regression: the read-only offering was a tab stop that drew no focus, so
// the keyboard focus vanished between Name and Version.
it('tabs from Name straight to Version, past the offering', async () => {
  const { user } = await openForm();
  const name = screen.getByRole('textbox', { name: 'Name (required)' });

  act(() => name.focus());
  await user.tab();

  expect(screen.getByRole('textbox', { name: 'Version' })).toHaveFocus();
});
