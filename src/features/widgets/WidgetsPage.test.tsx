import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { MEMBER_TOKEN, SEED } from '@mocks/seed';

import { setToken } from '@/api/session';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import { configuredWidgetHost } from './widgetHost';

vi.mock('./widgetHost', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./widgetHost')>()),
  configuredWidgetHost: vi.fn(),
}));

const HOST = 'https://widgets.example.org';
const PAGE = routes.widgets(SEED.orgUuid, SEED.agentUuid);
const WIDGETS = '*/api/marketplace-site-agent-widgets/';

function stubClipboard(writeText?: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

async function openPage(path = PAGE) {
  const app = renderApp(path);
  // The first test pays for the lazy route's cold import.
  await screen.findByRole('table', {}, { timeout: 5000 });
  return app;
}

describe('WidgetsPage', () => {
  beforeEach(() => {
    vi.mocked(configuredWidgetHost).mockReturnValue(HOST);
  });

  it('lists the widgets with theme, status and origin count', async () => {
    await openPage();

    const row = screen.getByRole('row', { name: /Staging preview/ });
    expect(within(row).getByText('Auto')).toBeInTheDocument();
    expect(within(row).getByText('Inactive')).toBeInTheDocument();
    expect(within(row).getByText('None: works nowhere')).toBeInTheDocument();
    const first = screen.getByRole('row', { name: /Public website/ });
    expect(within(first).getByText('Active')).toBeInTheDocument();
    expect(within(first).getByText('2 origins')).toBeInTheDocument();
    expect(within(first).getByText(/^wgt_/)).toBeInTheDocument();
  });

  it('shows the selected widget’s embed code and keeps it in the URL', async () => {
    const { user, router } = await openPage();

    await user.click(screen.getByRole('link', { name: 'Helpdesk (Deutsch)' }));

    expect(router.state.location.search).toBe(
      `?widget=${SEED.widgets.helpdesk}`,
    );
    const row = screen.getByRole('row', { name: /Helpdesk/ });
    const publicId = within(row).getByText(/^wgt_/).textContent ?? '';
    const code = screen.getByLabelText('Script tag code');
    expect(code).toHaveTextContent(`src="${HOST}/widget.js"`);
    expect(code).toHaveTextContent(`data-widget-id="${publicId}"`);
    expect(screen.getByLabelText('Iframe code')).toHaveTextContent(
      `${HOST}/embed/${publicId}" title="Helpdesk (Deutsch)"`,
    );
    expect(
      screen.getByLabelText('Iframe Content-Security-Policy'),
    ).toHaveTextContent(`frame-src ${HOST};`);
    expect(
      screen.getByLabelText('Script tag Content-Security-Policy'),
    ).toHaveTextContent(
      `script-src ${HOST}; connect-src ${HOST}; frame-src ${HOST};`,
    );
  });

  it.each([null, 'http://localhost:5173', 'https://127.0.0.1'])(
    'explains instead of showing code when the widget host is %j',
    async (host) => {
      vi.mocked(configuredWidgetHost).mockReturnValue(host);
      await openPage();

      expect(
        screen.getByText(/Set the widget host for this deployment/),
      ).toBeInTheDocument();
      expect(
        screen.queryByLabelText('Script tag code'),
      ).not.toBeInTheDocument();
    },
  );

  // Regression: a light grey row was the only mark of the selected widget.
  it('marks the selected widget with a word and a bold name', async () => {
    const { user } = await openPage();
    const rowOf = (name: RegExp) => screen.getByRole('row', { name });

    expect(within(rowOf(/Public website/)).getByText('Selected')).toBeVisible();
    expect(within(rowOf(/Public website/)).getByRole('rowheader')).toHaveClass(
      'fw-bold',
    );
    await user.click(screen.getByRole('link', { name: 'Helpdesk (Deutsch)' }));

    expect(screen.getAllByText('Selected')).toHaveLength(1);
    expect(within(rowOf(/Helpdesk/)).getByText('Selected')).toBeVisible();
    expect(within(rowOf(/Helpdesk/)).getByRole('rowheader')).toHaveClass(
      'fw-bold',
    );
    expect(
      within(rowOf(/Public website/)).getByRole('rowheader'),
    ).not.toHaveClass('fw-bold');
    expect(
      screen.getByRole('link', { name: 'Helpdesk (Deutsch)' }),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('opens a linked widget that is not on the list’s first page', async () => {
    const helpdesk = db.widgets.find((w) => w.uuid === SEED.widgets.helpdesk)!;
    // 50 older widgets fill the first page; the seeded ones move to page 2.
    for (let i = 0; i < 50; i += 1) {
      db.widgets.push({
        ...structuredClone(helpdesk),
        uuid: `f1a0${String(i).padStart(28, '0')}`,
        public_id: `wgt_filler${i}`,
        name: `Filler ${i}`,
        created: '2020-01-01T00:00:00.000000Z',
      });
    }
    await openPage(`${PAGE}?widget=${SEED.widgets.helpdesk}`);

    expect(
      screen.queryByRole('row', { name: /Helpdesk/ }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: /Helpdesk \(Deutsch\)/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Script tag code')).toHaveTextContent(
      `data-widget-id="${helpdesk.public_id}"`,
    );
  });

  it('moves from a page past the end to the last page', async () => {
    const { router } = renderApp(`${PAGE}?page=7`);

    expect(
      await screen.findByRole('table', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(
      screen.queryByText(/not available on this server/),
    ).not.toBeInTheDocument();
  });

  it('says a linked widget that does not exist is gone', async () => {
    await openPage(`${PAGE}?widget=${'0'.repeat(32)}`);

    expect(
      await screen.findByText(/The selected widget no longer exists/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Script tag code')).not.toBeInTheDocument();
  });

  it('says Copied only after the clipboard accepted the code', async () => {
    const { user } = await openPage();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);

    await user.click(screen.getByRole('button', { name: 'Copy script tag' }));

    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining(`<script src="${HOST}/widget.js"`),
    );
  });

  it('says the clipboard is unavailable when there is none', async () => {
    const { user } = await openPage();
    stubClipboard(undefined);

    await user.click(screen.getByRole('button', { name: 'Copy iframe' }));

    expect(
      await screen.findByText(/Clipboard unavailable/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Copied')).not.toBeInTheDocument();
  });

  it('shows an empty state with Create for an agent without widgets', async () => {
    renderApp(routes.widgets(SEED.orgUuid, SEED.errorAgentUuid));

    expect(await screen.findByText('No widgets yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create widget' })).toBeEnabled();
  });

  it('offers Retry when the widgets fail to load', async () => {
    server.use(
      http.get(WIDGETS, () =>
        HttpResponse.json({ detail: 'Boom.' }, { status: 500 }),
      ),
    );
    const { user } = renderApp(PAGE);

    expect(
      await screen.findByText('Unable to load widgets'),
    ).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('says so when the server has no widgets endpoint', async () => {
    server.use(
      http.get(WIDGETS, () =>
        HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
      ),
    );
    renderApp(PAGE);

    expect(
      await screen.findByText('Chat widgets are not available on this server.'),
    ).toBeInTheDocument();
  });

  it('deletes a widget after confirmation', async () => {
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Delete widget' }),
    );

    await waitFor(() =>
      expect(
        screen.queryByRole('row', { name: /Public website/ }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('row', { name: /Helpdesk/ })).toBeInTheDocument();
  });

  // Regression: the deleted widget's panel took the dialog's opener with
  // it, and the focus fell back to the document, the top of the page.
  it('moves the focus to Create widget after a delete', async () => {
    const { user } = await openPage();
    const remove = screen.getByRole('button', { name: 'Delete' });
    act(() => remove.focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', {
      name: 'Delete widget',
    });
    await waitFor(() =>
      expect(dialog).toContainElement(document.activeElement as HTMLElement),
    );
    while (document.activeElement !== confirm) await user.tab();

    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Create widget' }),
      ).toHaveFocus(),
    );
    expect(
      screen.queryByRole('row', { name: /Public website/ }),
    ).not.toBeInTheDocument();
  });

  it('gives the focus back to Delete when the delete is cancelled', async () => {
    const { user } = await openPage();
    const remove = screen.getByRole('button', { name: 'Delete' });
    act(() => remove.focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(dialog).toContainElement(document.activeElement as HTMLElement),
    );

    await user.keyboard('{Escape}');

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(remove).toHaveFocus());
  });

  it('deactivates a widget', async () => {
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));

    const row = screen.getByRole('row', { name: /Public website/ });
    expect(await within(row).findByText('Inactive')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Activate' })).toBeEnabled();
  });

  it('shows code but disables changes for read-only users, saying why', async () => {
    setToken(MEMBER_TOKEN, false);
    await openPage();

    for (const name of ['Create widget', 'Edit', 'Deactivate', 'Delete']) {
      await waitFor(() =>
        expect(screen.getByRole('button', { name })).toBeDisabled(),
      );
    }
    expect(screen.getAllByText(/Read only:/)).toHaveLength(2);
    expect(screen.getByLabelText('Script tag code')).toBeInTheDocument();
  });
});
