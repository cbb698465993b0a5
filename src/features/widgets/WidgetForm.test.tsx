import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

import { configuredWidgetHost } from './widgetHost';
import { openNewWidgetForm } from './widgetTestUtils';

vi.mock('./widgetHost', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./widgetHost')>()),
  configuredWidgetHost: vi.fn(),
}));

/** An agent without widgets: Create is the only button of that name. */
const NEW_FORM = routes.widgets(SEED.orgUuid, SEED.errorAgentUuid);

describe('WidgetForm', () => {
  beforeEach(() => {
    vi.mocked(configuredWidgetHost).mockReturnValue('https://w.example.org');
  });

  it('asks before a tab leaves an unsaved widget, and keeps it on Stay', async () => {
    const { user, router } = await openNewWidgetForm(NEW_FORM);
    await user.type(screen.getByLabelText('Name'), 'Half done');
    const tabs = within(
      screen.getByRole('navigation', { name: 'Agent pages' }),
    );

    await user.click(tabs.getByRole('link', { name: 'API keys' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Leave without saving?',
    });
    expect(dialog).toHaveTextContent(
      'Your changes to this widget are not saved.',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Stay on this page' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(screen.getByLabelText('Name')).toHaveValue('Half done');
    expect(router.state.location.pathname).toBe(NEW_FORM);

    await user.click(tabs.getByRole('link', { name: 'API keys' }));
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Leave without saving?' }),
      ).getByRole('button', { name: 'Leave without saving' }),
    );
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        routes.keys(SEED.orgUuid, SEED.errorAgentUuid),
      ),
    );
  });

  it('leaves an untouched form without asking', async () => {
    const { user, router } = await openNewWidgetForm(NEW_FORM);
    const tabs = within(
      screen.getByRole('navigation', { name: 'Agent pages' }),
    );

    await user.click(tabs.getByRole('link', { name: 'Usage' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        routes.usage(SEED.orgUuid, SEED.errorAgentUuid),
      ),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('creates a widget that shows in the list with its code', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.type(screen.getByLabelText('Name'), 'Docs site');
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    await user.type(
      screen.getByLabelText('Origin rule 1'),
      'https://docs.example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Create widget' }));

    const row = await screen.findByRole('row', { name: /Docs site/ });
    const publicId = within(row).getByText(/^wgt_/).textContent ?? '';
    expect(within(row).getByText('1 origin')).toBeInTheDocument();
    expect(screen.getByLabelText('Script tag code')).toHaveTextContent(
      `data-widget-id="${publicId}"`,
    );
  });

  it('takes the focus into the form and on to the widget it created', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.keyboard('Docs site');
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    expect(screen.getByLabelText('Origin rule 1')).toHaveFocus();
    await user.keyboard('https://docs.example.org');
    await user.click(screen.getByRole('button', { name: 'Create widget' }));

    const heading = await screen.findByRole('heading', {
      name: 'Docs site',
      level: 3,
    });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('gives the focus back to the button that opened the form', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByRole('button', { name: 'Create widget' }),
    ).toHaveFocus();
  });

  it('gives the focus back to Edit when an edit is cancelled', async () => {
    const { user } = renderApp(routes.widgets(SEED.orgUuid, SEED.agentUuid));
    await user.click(
      await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 }),
    );

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('keeps the focus in the origin list when a row is removed', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);
    const add = screen.getByRole('button', { name: 'Add origin' });
    await user.click(add);
    await user.keyboard('https://a.example.org');
    await user.click(add);
    await user.keyboard('https://b.example.org');

    await user.click(
      screen.getByRole('button', { name: 'Remove origin rule 1' }),
    );
    const left = screen.getByLabelText('Origin rule 1');
    expect(left).toHaveValue('https://b.example.org');
    expect(left).toHaveFocus();

    await user.click(
      screen.getByRole('button', { name: 'Remove origin rule 1' }),
    );
    expect(add).toHaveFocus();
  });

  it('edits a widget with its saved values filled in', async () => {
    const { user } = renderApp(routes.widgets(SEED.orgUuid, SEED.agentUuid));
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'Helpdesk (Deutsch)' },
        { timeout: 5000 },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Edit' }));

    expect(screen.getByLabelText(/Delay before it opens/)).toHaveValue('15');
    expect(screen.getByLabelText('Language')).toHaveValue('de-CH');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Helpdesk CH');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('row', { name: /Helpdesk CH/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Iframe code')).toHaveTextContent(
      'title="Helpdesk CH"',
    );
  });

  it('asks before discarding typed changes', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.type(screen.getByLabelText('Name'), 'Half done');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Discard changes?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(screen.getByLabelText('Name')).toHaveValue('Half done');
  });

  it('puts a server error for an origin on its row and keeps the values', async () => {
    server.use(
      http.post('*/api/marketplace-site-agent-widgets/', () =>
        HttpResponse.json(
          { allowed_origins: { '1': ['Enter a valid origin.'] } },
          { status: 400 },
        ),
      ),
    );
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.type(screen.getByLabelText('Name'), 'Docs');
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    await user.type(
      screen.getByLabelText('Origin rule 1'),
      'https://a.example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Add origin' }));
    await user.type(
      screen.getByLabelText('Origin rule 2'),
      'https://b.example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Create widget' }));

    const second = screen.getByLabelText('Origin rule 2');
    await waitFor(() =>
      expect(second).toHaveAccessibleDescription('Enter a valid origin.'),
    );
    expect(screen.getByLabelText('Origin rule 1')).toBeValid();
    expect(second).toHaveValue('https://b.example.org');
    expect(screen.getByLabelText('Name')).toHaveValue('Docs');
    expect(screen.getByText('The widget was not saved.')).toBeInTheDocument();
  });
});
