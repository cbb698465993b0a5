import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { agentKeys } from '@/api/queries/agentQueries';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const A = SEED.agents.tartu01;
const B = SEED.agents.tartu02;
const pathOf = (agent: string) => routes.configure(SEED.orgUuid, agent);

const field = (name: string) => screen.getByRole('textbox', { name });
const nameField = () => field('Name (required)');

function recordPuts() {
  const urls: string[] = [];
  server.use(
    http.put(
      '*/api/marketplace-site-agent-identities/:uuid/',
      ({ request }) => {
        urls.push(request.url);
      },
    ),
  );
  return urls;
}

async function openAgent(agent: string = A) {
  const app = renderApp(pathOf(agent));
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole(
    'textbox',
    { name: 'Name (required)' },
    { timeout: 5000 },
  );
  return app;
}

/** Someone else saves the agent while the form is open. */
function changeOnServer(name: string) {
  const record = db.identities.find((identity) => identity.uuid === A);
  if (!record) throw new Error('seeded agent missing');
  record.name = name;
  record.modified = '2026-11-30T09:30:00.000000Z';
}

// Guards against a form reused across agents sending A's values to B's URL.
it('shows the next agent’s values, clean, and never saves to the first', async () => {
  const puts = recordPuts();
  const { user, router } = await openAgent(A);

  await act(() => router.navigate(pathOf(B)));
  expect(await screen.findByDisplayValue('slurm-agent-tartu-02')).toBe(
    nameField(),
  );
  expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(
    await screen.findByText('There are no changes to save.'),
  ).toBeInTheDocument();

  await user.type(nameField(), '-b');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );
  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  expect(puts).toHaveLength(1);
  expect(puts[0]).toContain(B);
  expect(puts.some((url) => url.includes(A))).toBe(false);
});

it('asks before leaving with unsaved changes', async () => {
  const { user, router } = await openAgent(A);
  await user.type(nameField(), '-edited');
  const agentsLink = () => screen.getByRole('link', { name: 'Agents' });

  await user.click(agentsLink());
  const question = await screen.findByRole('dialog', {
    name: 'Leave without saving?',
  });
  await user.click(
    within(question).getByRole('button', { name: 'Stay on this page' }),
  );
  expect(router.state.location.pathname).toBe(pathOf(A));
  expect(nameField()).toHaveValue('slurm-agent-tartu-01-edited');

  await user.click(agentsLink());
  await user.click(
    await screen.findByRole('button', { name: 'Leave without saving' }),
  );
  // The agent list is a lazy route: its first import takes a while.
  expect(
    await screen.findByRole(
      'link',
      { name: 'slurm-agent-tartu-02' },
      { timeout: 5000 },
    ),
  ).toBeVisible();
  expect(router.state.location.pathname).toBe(routes.agents(SEED.orgUuid));
});

it('lets the browser ask before closing the tab only while edited', async () => {
  const { user } = await openAgent(A);
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  expect(unload()).toBe(false);
  await user.type(nameField(), '-edited');
  expect(unload()).toBe(true);
});

it('keeps typing through a background refetch and says the server moved', async () => {
  const { user, queryClient } = await openAgent(A);
  await user.clear(nameField());
  await user.type(nameField(), 'mine');

  changeOnServer('theirs');
  await act(() =>
    queryClient.invalidateQueries({ queryKey: agentKeys.detail(A) }),
  );

  expect(
    await screen.findByText(
      'This agent was changed on the server since you opened it.',
    ),
  ).toBeVisible();
  expect(nameField()).toHaveValue('mine');
});

// Guards against the layout unmounting the page (and the edits) on an error.
it('keeps typing when a background refetch of the agent fails', async () => {
  const { user, queryClient } = await openAgent(A);
  await user.clear(nameField());
  await user.type(nameField(), 'mine');

  server.use(
    http.get('*/api/marketplace-site-agent-identities/:uuid/', () =>
      HttpResponse.json({ detail: 'Try later.' }, { status: 503 }),
    ),
  );
  await act(() =>
    queryClient.invalidateQueries({ queryKey: agentKeys.detail(A) }),
  );

  expect(nameField()).toHaveValue('mine');
});

it('offers to reload the server copy when it changed before a save', async () => {
  const puts = recordPuts();
  const { user } = await openAgent(A);
  await user.clear(nameField());
  await user.type(nameField(), 'mine');
  changeOnServer('theirs');

  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'The agent changed on the server',
  });
  expect(within(dialog).getByText('theirs')).toBeVisible();
  await user.click(
    within(dialog).getByRole('button', { name: 'Reload server copy' }),
  );

  expect(nameField()).toHaveValue('theirs');
  expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  expect(puts).toHaveLength(0);
});

it('overwrites the server copy knowingly', async () => {
  const puts = recordPuts();
  const { user } = await openAgent(A);
  await user.clear(nameField());
  await user.type(nameField(), 'mine');
  changeOnServer('theirs');

  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'The agent changed on the server',
  });
  await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));

  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  expect(puts).toHaveLength(1);
  expect(db.identities.find((i) => i.uuid === A)?.name).toBe('mine');
});
