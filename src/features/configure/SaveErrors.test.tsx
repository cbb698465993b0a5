import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const PATH = routes.configure(SEED.orgUuid, SEED.agentUuid);
const PUT_URL = '*/api/marketplace-site-agent-identities/:uuid/';

const field = (name: string) => screen.getByRole('textbox', { name });

function answerPutWith(response: () => Response | Promise<Response>) {
  server.use(http.put(PUT_URL, response));
}

/** Edits two fields and confirms the save, as an admin would. */
async function editAndSave() {
  const app = renderApp(PATH);
  const { user } = app;
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole(
    'textbox',
    { name: 'Name (required)' },
    { timeout: 5000 },
  );
  await user.clear(field('Name (required)'));
  await user.type(field('Name (required)'), 'x');
  await user.clear(field('Version'));
  await user.type(field('Version'), '0.8.0');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'Save these changes?',
  });
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );
  return app;
}

function expectValuesKept() {
  expect(field('Name (required)')).toHaveValue('x');
  expect(field('Version')).toHaveValue('0.8.0');
}

it('shows every message of a field under it and focuses it', async () => {
  answerPutWith(() =>
    HttpResponse.json(
      { name: ['This field is required.', 'Too short.'] },
      { status: 400 },
    ),
  );
  await editAndSave();

  const name = field('Name (required)');
  expect(await screen.findByText('Too short.')).toBeVisible();
  expect(name).toHaveAccessibleDescription(
    'This field is required. Too short.',
  );
  expect(name).toHaveFocus();
  expectValuesKept();
});

it('shows non-field errors above the form', async () => {
  answerPutWith(() =>
    HttpResponse.json(
      { non_field_errors: ['This agent is being upgraded.'] },
      { status: 400 },
    ),
  );
  await editAndSave();

  const alert = await screen.findByText('This agent is being upgraded.');
  expect(alert.closest('.alert')).toHaveTextContent('The agent was not saved.');
  expectValuesKept();
});

it('shows a 403 detail as a banner, after progress that cannot repeat', async () => {
  let answer: (response: Response) => void = () => undefined;
  answerPutWith(() => new Promise<Response>((resolve) => (answer = resolve)));
  const { user } = await editAndSave();

  const saving = await screen.findByRole('button', { name: 'Saving…' });
  expect(saving).toBeDisabled();
  expect(field('Name (required)')).toBeDisabled();
  await user.click(saving);
  answer(
    HttpResponse.json(
      { detail: 'You do not have permission to perform this action.' },
      { status: 403 },
    ),
  );

  expect(
    await screen.findByText(
      'You do not have permission to perform this action.',
    ),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  expectValuesKept();
});

it('puts a nested dependency error on its row', async () => {
  answerPutWith(() =>
    HttpResponse.json(
      { dependencies: [{}, { version: ['This field is required.'] }] },
      { status: 400 },
    ),
  );
  await editAndSave();

  const row = await screen.findByRole('group', { name: 'Dependency 2' });
  expect(within(row).getByText('This field is required.')).toBeVisible();
  expect(field('Version of dependency 2')).toHaveFocus();
  expect(
    within(screen.getByRole('group', { name: 'Dependency 1' })).queryByText(
      'This field is required.',
    ),
  ).not.toBeInTheDocument();
  expectValuesKept();
});

it('says the server is unavailable when a proxy answers with HTML', async () => {
  answerPutWith(
    () =>
      new HttpResponse('<html><body>Bad Gateway</body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  );
  await editAndSave();

  expect(
    await screen.findByText(
      'The server is unavailable. Try again in a moment.',
    ),
  ).toBeVisible();
  expectValuesKept();
});
