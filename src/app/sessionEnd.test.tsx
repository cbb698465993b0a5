import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { MEMBER_TOKEN, OWNER_TOKEN, SEED } from '@mocks/seed';

import { setToken } from '@/api/session';
import { routes } from '@/config/routes';
import { createKeyAt } from '@/features/keys/keyTestUtils';
import { renderApp } from '@/testing/render';

/*
 * When the session ends, what the person typed stays: the page waits,
 * inert, under the sign-in. A token that never worked is said to be wrong.
 */
const PATH = routes.configure(SEED.orgUuid, SEED.agentUuid);
const AGENT_API = '*/api/marketplace-site-agent-identities/:uuid/';
const LIST = routes.agents(SEED.orgUuid);
const REFUSED = 'That token was not accepted. Check it and paste it again.';

const refuse = () =>
  HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 });

// The form under the dialog is inert, which some role queries skip.
const byValue = (value: string) => screen.getByDisplayValue(value);
const sessionDialog = () =>
  screen.findByRole('dialog', { name: 'Your session has ended' });

async function openAndEdit() {
  const app = renderApp(PATH);
  const { user } = app;
  // The page is a lazy route; its first import in a file is slow.
  const name = await screen.findByRole(
    'textbox',
    { name: 'Name (required)' },
    { timeout: 5000 },
  );
  await user.clear(name);
  await user.type(name, 'tartu-renamed');
  const version = screen.getByRole('textbox', { name: 'Version' });
  await user.clear(version);
  await user.type(version, '0.8.0');
  const content = screen.getByRole('textbox', { name: 'Config file content' });
  await user.clear(content);
  await user.type(content, 'log_level: debug');
  return app;
}

async function save(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'Save these changes?',
  });
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );
}

function expectEditsKept() {
  expect(byValue('tartu-renamed')).toBeInTheDocument();
  expect(byValue('0.8.0')).toBeInTheDocument();
  expect(byValue('log_level: debug')).toBeInTheDocument();
}

const sessionDialogClosed = () =>
  waitFor(() =>
    expect(
      screen.queryByRole('dialog', { name: 'Your session has ended' }),
    ).not.toBeInTheDocument(),
  );

async function signInWith(user: UserEvent, token: string) {
  await user.type(screen.getByLabelText('API token'), token);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

// Guards against a 401 on save swapping the page, and the edits, for the
// full sign-in page.
it('keeps the typed values under the sign-in when a save meets a 401, and saves after', async () => {
  server.use(http.put(AGENT_API, refuse, { once: true }));
  const { user } = await openAndEdit();
  await save(user);

  const dialog = await sessionDialog();
  expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect(
    within(dialog).getByText(/Sign in again to continue where you were/),
  ).toBeInTheDocument();
  await waitFor(() =>
    expect(within(dialog).getByLabelText('API token')).toHaveFocus(),
  );
  expectEditsKept();
  expect(byValue('tartu-renamed').closest('main')).toHaveAttribute('inert');
  expect(
    screen.queryByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).not.toBeInTheDocument();

  await signInWith(user, OWNER_TOKEN);
  await sessionDialogClosed();
  expectEditsKept();
  expect(byValue('tartu-renamed').closest('main')).not.toHaveAttribute('inert');
  // The form still says its save did not happen.
  expect(
    screen.getByText(/ended before this went through/),
  ).toBeInTheDocument();

  await save(user);
  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  expect(
    screen.queryByText(/ended before this went through/),
  ).not.toBeInTheDocument();
  const saved = db.identities.find((agent) => agent.uuid === SEED.agentUuid);
  expect(saved?.name).toBe('tartu-renamed');
});

// Guards against the check before saving hiding a 401 in the form's
// message, with no way to sign in but a reload.
it('asks to sign in again when the check before saving meets a 401', async () => {
  const { user } = await openAndEdit();
  server.use(http.get(AGENT_API, refuse, { once: true }));
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await sessionDialog()).toBeInTheDocument();
  expectEditsKept();
});

it('says that a token typed over an ended session was not accepted, and keeps the page', async () => {
  server.use(http.put(AGENT_API, refuse, { once: true }));
  const { user } = await openAndEdit();
  await save(user);
  await sessionDialog();

  await signInWith(user, 'wrong-token');

  const field = await within(await sessionDialog()).findByLabelText(
    'API token',
  );
  await waitFor(() => expect(field).toHaveAccessibleDescription(REFUSED));
  expect(field).toHaveValue('');
  expect(field).toHaveFocus();
  expectEditsKept();

  await signInWith(user, OWNER_TOKEN);
  await sessionDialogClosed();
  expectEditsKept();
});

// Guards against another person, signing in over a kept page, seeing the
// first person's new key.
it('makes the page afresh when someone else signs in over it', async () => {
  const { user, queryClient, plaintext } = await createKeyAt(
    routes.keys(SEED.orgUuid, SEED.agentUuid),
    'Owner only',
  );

  server.use(
    http.get('*/api/marketplace-site-agent-access/', refuse, { once: true }),
  );
  await act(() => queryClient.invalidateQueries());
  await sessionDialog();
  // The same dialog still holds the key for the person who made it.
  expect(screen.getByDisplayValue(plaintext)).toBeInTheDocument();

  await signInWith(user, MEMBER_TOKEN);
  await sessionDialogClosed();
  expect(
    screen.queryByRole('dialog', { name: 'Copy your new API key' }),
  ).not.toBeInTheDocument();
  expect(document.body).not.toHaveTextContent(plaintext);
  expect(await screen.findByText('Jaan Kask')).toBeInTheDocument();
});

it('says that a wrong token was not accepted, then signs in with a right one', async () => {
  setToken(null);
  const { user } = renderApp(LIST);
  await screen.findByRole('heading', {
    name: 'Sign in to the Agent Site Kit',
  });

  await signInWith(user, 'wrong-token');

  const field = await screen.findByLabelText('API token');
  await waitFor(() => expect(field).toHaveAccessibleDescription(REFUSED));
  expect(field).toHaveValue('');
  expect(
    screen.getByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).toBeInTheDocument();

  await user.type(field, 'x');
  expect(field).not.toHaveAccessibleDescription(REFUSED);
  await user.clear(field);
  await signInWith(user, OWNER_TOKEN);
  expect(
    await screen.findByRole(
      'link',
      { name: 'slurm-agent-tartu-01' },
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
});

it('shows the full sign-in page on a first visit without a token', async () => {
  setToken(null);
  renderApp(PATH);

  expect(
    await screen.findByRole('heading', {
      name: 'Sign in to the Agent Site Kit',
    }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(screen.getByLabelText('API token')).not.toHaveAccessibleDescription(
    REFUSED,
  );
});
