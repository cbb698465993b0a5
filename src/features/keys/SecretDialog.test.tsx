import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { createKeyAt, rowOf } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** Creates "Grafana exporter" and returns the app with its secret dialog. */
const createKey = () => createKeyAt(KEYS_URL, 'Grafana exporter');

function everythingStored(app: Awaited<ReturnType<typeof createKey>>) {
  const storage = (store: Storage) =>
    Array.from({ length: store.length }, (_, i) => {
      const key = store.key(i) ?? '';
      return `${key}=${store.getItem(key) ?? ''}`;
    });
  return JSON.stringify([
    app.queryClient
      .getQueryCache()
      .getAll()
      .map((q) => [q.queryKey, q.state]),
    app.queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state),
    storage(sessionStorage),
    storage(localStorage),
    app.router.state.location,
  ]);
}

describe('SecretDialog', () => {
  it('stays open, asks before closing uncopied, then leaves no trace', async () => {
    const app = await createKey();
    const { user, dialog, element, plaintext } = app;
    expect(plaintext).toMatch(/^sak_/);
    expect(dialog.getByLabelText('.env line')).toHaveValue(
      `WALDUR_AGENT_API_KEY=${plaintext}`,
    );
    expect(everythingStored(app)).not.toContain(plaintext);

    await user.keyboard('{Escape}');
    await user.click(element.closest('.modal') ?? element);
    await app.queryClient.refetchQueries();
    expect(
      screen.getByRole('dialog', { name: 'Copy your new API key' }),
    ).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Done' }));
    expect(
      dialog.getByText(/You will not see this key again/),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Keep it open' }));
    await user.click(dialog.getByRole('button', { name: 'Done' }));
    await user.click(
      dialog.getByRole('button', { name: 'Close without copying' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(document.body.innerHTML).not.toContain(plaintext);
    expect(everythingStored(app)).not.toContain(plaintext);
    expect(
      rowOf('Grafana exporter').getByText(`${plaintext.slice(0, 8)}…`),
    ).toBeInTheDocument();
  });

  // Regression: the agent layout unmounted the page, and the secret with it.
  it('stays open when a background refetch of the agent fails', async () => {
    const app = await createKey();
    server.use(
      http.get('*/api/marketplace-site-agent-identities/:uuid/', () =>
        HttpResponse.json({ detail: 'Boom.' }, { status: 500 }),
      ),
    );

    await app.queryClient.refetchQueries({ queryKey: ['agents'] });
    expect(
      await screen.findByText('Unable to load the agent'),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('dialog', { name: 'Copy your new API key' }),
    ).toBeInTheDocument();
    expect(app.dialog.getByLabelText('API key')).toHaveValue(app.plaintext);
  });

  it('asks before Back or another page takes an uncopied key away', async () => {
    const { router, user, plaintext } = await createKey();

    router.navigate(`/organization/${SEED.orgUuid}/agents/`);
    const ask = within(
      await screen.findByRole('dialog', { name: 'Leave without saving?' }),
    );
    expect(ask.getByText(/You have not copied this key/)).toBeInTheDocument();
    await user.click(ask.getByRole('button', { name: 'Stay on this page' }));

    expect(router.state.location.pathname).toBe(KEYS_URL);
    const dialog = screen.getByRole('dialog', {
      name: 'Copy your new API key',
    });
    expect(within(dialog).getByLabelText('API key')).toHaveValue(plaintext);
  });

  it('closes at once after the key was copied', async () => {
    const { user, dialog, plaintext } = await createKey();

    await user.click(dialog.getByRole('button', { name: 'Copy API key' }));

    expect(await dialog.findByText('Copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(plaintext);
    await user.click(dialog.getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('says the clipboard is unavailable and selects the key instead', async () => {
    const { user, dialog, plaintext } = await createKey();
    Object.defineProperty(navigator, 'clipboard', {
      value: undefined,
      configurable: true,
    });

    await user.click(dialog.getByRole('button', { name: 'Copy API key' }));

    expect(
      await dialog.findByText(/Clipboard unavailable/),
    ).toBeInTheDocument();
    const field = dialog.getByLabelText<HTMLInputElement>('API key');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([
      0,
      plaintext.length,
    ]);
    await user.click(dialog.getByRole('button', { name: 'Done' }));
    expect(
      dialog.getByText(/You will not see this key again/),
    ).toBeInTheDocument();
  });

  it('offers a curl call of the agent MCP endpoint with the key', async () => {
    const { dialog, plaintext } = await createKey();

    const curl =
      dialog.getByLabelText<HTMLTextAreaElement>('Try it with curl').value;
    expect(curl).toContain(
      `/api/marketplace-site-agent-identities/${SEED.agentUuid}/mcp/'`,
    );
    expect(curl).toContain(`-H 'X-API-Key: ${plaintext}'`);
    expect(curl).toContain("-H 'Content-Type: application/json'");
    expect(curl).toContain('"method":"tools/list"');
  });

  it('tests the new key before the dialog closes', async () => {
    const { user, dialog } = await createKey();

    await user.click(dialog.getByRole('button', { name: /Use the new key/ }));

    expect(
      await dialog.findByText(/^Key works: \d+ tools$/),
    ).toBeInTheDocument();
  });
});
