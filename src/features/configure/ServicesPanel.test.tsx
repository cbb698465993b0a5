import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { MOCK_NOW } from '@mocks/clock';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { MEMBER_TOKEN, SEED } from '@mocks/seed';

import { setToken } from '@/api/session';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const AGENT = SEED.agents.tartu02;

async function openServices(agent: string = AGENT) {
  const app = renderApp(routes.configure(SEED.orgUuid, agent));
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole('heading', { name: 'Services' }, { timeout: 5000 });
  return app;
}

const serviceCard = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('article')!;

/** Makes the agent's "Usage reporting" processor last run `ms` ago. */
function lastRunAgo(ms: number) {
  const service = db.services.find(
    (s) => s.identity === AGENT && s.name === 'Usage reporting',
  );
  const processor = db.processors.find((p) => p.service === service?.uuid);
  if (!processor) throw new Error('seeded processor missing');
  processor.last_run = new Date(MOCK_NOW.getTime() - ms).toISOString();
}

it('shows each service with its mode, state, statistics and processors', async () => {
  await openServices();

  const card = await serviceCard('Order processing');
  expect(within(card).getByText('Active')).toHaveClass('bg-success');
  expect(within(card).getByText('Mode: order_process')).toBeVisible();
  expect(within(card).getByText('processed_orders')).toBeVisible();
  const processors = within(card).getByRole('table', {
    name: 'Processors of Order processing',
  });
  expect(within(processors).getByText('OfferingOrderProcessor')).toBeVisible();
  expect(within(processors).getByText('23.11.4')).toBeVisible();
  const idle = await serviceCard('Usage reporting');
  expect(within(idle).getByText('Idle')).toHaveClass('bg-warning');
});

it('marks an idle service and a processor not run for an hour as stale', async () => {
  lastRunAgo(2 * 60 * 60_000);
  await openServices();

  const card = await serviceCard('Usage reporting');
  expect(
    within(card).getByText('No processor has run for over 10 minutes'),
  ).toBeVisible();
  expect(within(card).getByText('Not run for over an hour')).toBeVisible();
  const active = await serviceCard('Order processing');
  expect(within(active).queryByText('Stale')).not.toBeInTheDocument();

  const lastRun = within(card).getByText('2 hours ago');
  act(() => lastRun.focus());
  expect(lastRun).toHaveTextContent(/^2 hours ago \(.*2026.*\)$/);
});

it('deletes a service after confirmation', async () => {
  const { user } = await openServices();
  const card = await serviceCard('Usage reporting');

  await user.click(
    within(card).getByRole('button', {
      name: 'Delete service Usage reporting',
    }),
  );
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent('Delete service Usage reporting?');
  await user.click(
    within(dialog).getByRole('button', { name: 'Delete service' }),
  );

  await screen.findByRole('heading', { name: 'Order processing' });
  await expect
    .poll(() => screen.queryByRole('heading', { name: 'Usage reporting' }))
    .toBeNull();
  expect(
    db.services.some(
      (s) => s.identity === AGENT && s.name === 'Usage reporting',
    ),
  ).toBe(false);
});

/** Opens the delete dialog of a service from the keyboard. */
async function openDeleteDialog(
  user: ReturnType<typeof renderApp>['user'],
  name: string,
) {
  const card = await serviceCard(name);
  const remove = within(card).getByRole('button', {
    name: `Delete service ${name}`,
  });
  act(() => remove.focus());
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog');
  await waitFor(() =>
    expect(dialog).toContainElement(document.activeElement as HTMLElement),
  );
  return { remove, dialog };
}

// Regression: the deleted card took the dialog's opener with it, and the
// focus fell back to the document, the top of the page.
it('moves the focus to the Services heading after a delete', async () => {
  const { user } = await openServices();
  const { dialog } = await openDeleteDialog(user, 'Usage reporting');

  const confirm = within(dialog).getByRole('button', {
    name: 'Delete service',
  });
  while (document.activeElement !== confirm) await user.tab();
  await user.keyboard('{Enter}');

  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
  await waitFor(() =>
    expect(screen.getByRole('heading', { name: 'Services' })).toHaveFocus(),
  );
  expect(
    screen.queryByRole('heading', { name: 'Usage reporting' }),
  ).not.toBeInTheDocument();
});

it('gives the focus back to Delete when the dialog is cancelled', async () => {
  const { user } = await openServices();
  const { remove } = await openDeleteDialog(user, 'Usage reporting');

  await user.keyboard('{Escape}');

  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
  await waitFor(() => expect(remove).toHaveFocus());
});

it('says when the agent has not registered any services', async () => {
  await openServices(SEED.orphanedAgentUuid);

  expect(
    await screen.findByText('This agent has not registered any services yet'),
  ).toBeVisible();
});

it('offers Retry when the services fail to load', async () => {
  server.use(
    http.get(
      '*/api/marketplace-site-agent-services/',
      () => HttpResponse.json({ detail: 'Database is down.' }, { status: 500 }),
      { once: true },
    ),
  );
  const { user } = await openServices();

  expect(await screen.findByText('Unable to load services')).toBeVisible();
  expect(screen.getByText('Database is down.')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await serviceCard('Order processing')).toBeVisible();
});

it('disables deleting for a read-only user, with the reason', async () => {
  setToken(MEMBER_TOKEN, false);
  await openServices();

  const card = await serviceCard('Order processing');
  expect(
    within(card).getByRole('button', { name: /Delete service/ }),
  ).toBeDisabled();
  expect(
    within(screen.getByRole('region', { name: 'Services' })).getByText(
      /Read only/,
    ),
  ).toBeVisible();
});
