import { screen, within } from '@testing-library/react';
import type { SetupServer } from 'msw/node';

import { renderApp } from '@/testing/render';

/** The row of the first cell showing `name`, to query inside it. */
export function rowOf(name: string | RegExp) {
  const cell = screen.getAllByText(name)[0];
  const row = cell?.closest('tr');
  if (!row) throw new Error(`No table row shows ${String(name)}`);
  return within(row);
}

/**
 * Counts requests the mock server receives that match, from now on. Call
 * the returned `stop` at the end of the test.
 */
export function countRequests(
  server: SetupServer,
  matches: (request: Request) => boolean,
) {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (matches(request)) seen.push(request);
  };
  server.events.on('request:start', listener);
  return {
    get count() {
      return seen.length;
    },
    stop: () => server.events.removeListener('request:start', listener),
  };
}

export const isRequestTo =
  (method: string, pathPart: string) => (request: Request) =>
    request.method === method &&
    new URL(request.url).pathname.includes(pathPart);

/** Renders the keys page at `url` and waits for the table. */
export async function openKeys(
  url: string,
  options: { retries?: boolean } = {},
) {
  const app = renderApp(url, options);
  await screen.findByRole('table', {}, { timeout: 5_000 });
  return app;
}

/**
 * Opens the keys page at `url`, creates a key called `name` in Climate
 * Modelling, and returns the app with the secret dialog and its key.
 */
export async function createKeyAt(url: string, name: string) {
  const app = await openKeys(url);
  const { user } = app;
  await user.click(screen.getByRole('button', { name: 'Create key' }));
  const form = within(
    await screen.findByRole('dialog', { name: 'Create API key' }),
  );
  await form.findByRole('option', { name: 'Climate Modelling' });
  await user.selectOptions(form.getByLabelText('Project'), 'Climate Modelling');
  await user.type(form.getByLabelText('Name'), name);
  await user.click(form.getByRole('button', { name: 'Create key' }));

  const element = await screen.findByRole('dialog', {
    name: 'Copy your new API key',
  });
  const dialog = within(element);
  const plaintext = dialog.getByLabelText<HTMLInputElement>('API key').value;
  return { ...app, element, dialog, plaintext };
}
