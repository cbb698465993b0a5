import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';

import { SCENARIO_NAMES } from '@mocks/scenarios';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

it('lists every route with a link per scenario', async () => {
  renderApp('/__gallery/');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Route gallery' }),
  ).toBeInTheDocument();
  const rows = screen.getAllByRole('row').slice(1);
  expect(rows.map((row) => row.dataset.route)).toEqual([
    'agent-list',
    'configure',
    'widgets',
    'keys',
    'usage',
    'empty-organization',
    'not-found',
  ]);
  const keys = within(screen.getByRole('rowheader', { name: /API keys/ }));
  expect(
    keys.getByText(routes.keys(SEED.orgUuid, SEED.agentUuid)),
  ).toBeVisible();
  for (const row of rows) {
    expect(within(row).getAllByRole('link')).toHaveLength(
      SCENARIO_NAMES.length,
    );
  }
  expect(
    screen.getByRole('link', { name: 'API keys in the readonly scenario' }),
  ).toHaveAttribute(
    'href',
    `${routes.keys(SEED.orgUuid, SEED.agentUuid)}?scenario=readonly`,
  );
});
