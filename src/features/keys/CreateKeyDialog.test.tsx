import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { renderApp } from '@/testing/render';

import { countRequests, isRequestTo, rowOf } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;
const LIST_API = '*/api/marketplace-site-agent-access/';

afterEach(() => {
  server.events.removeAllListeners();
});

async function openCreateDialog(url = KEYS_URL) {
  const app = renderApp(url);
  await screen.findByRole('table', {}, { timeout: 5_000 });
  await app.user.click(screen.getByRole('button', { name: 'Create key' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create API key' });
  await within(dialog).findByRole('option', { name: 'Climate Modelling' });
  return { ...app, dialog: within(dialog) };
}

describe('CreateKeyDialog', () => {
  it('creates a key in the chosen project with the chosen name', async () => {
    const { user, dialog } = await openCreateDialog();

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), 'Grafana exporter');
    await user.click(dialog.getByLabelText('Never'));
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByRole('dialog', {
      name: 'Copy your new API key',
    });
    const field = within(secret).getByLabelText<HTMLInputElement>('API key');
    expect(field.value).toMatch(/^sak_[A-Za-z0-9_-]{43}$/);
    const created = db.accessKeys.find((k) => k.name === 'Grafana exporter');
    expect(created?.project).toBe(SEED.projects.climate);
    expect(created?.expires_at).toBeNull();
  });

  it('checks the name before sending anything', async () => {
    const posts = countRequests(
      server,
      isRequestTo('POST', 'site-agent-access'),
    );
    const { user, dialog } = await openCreateDialog();

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), '   ');
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    expect(await dialog.findByText('Enter a name.')).toBeInTheDocument();
    expect(posts.count).toBe(0);
  });

  it('sends a picked date as the end of that day with its offset', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(LIST_API, async ({ request }) => {
        bodies.push(await request.clone().json());
      }),
    );
    const { user, dialog } = await openCreateDialog();

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), 'Dated key');
    await user.click(dialog.getByLabelText('On a date'));
    const date = dialog.getByLabelText('Expiry date');
    // The seed's "now" is 30 November 2026, 09:00 UTC; tests run in UTC.
    expect(date).toHaveAttribute('min', '2026-12-01');
    await user.type(date, '2026-12-24');
    expect(
      dialog.getByText(/until the end of Dec 24, 2026 \(UTC\)/),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    await screen.findByRole('dialog', { name: 'Copy your new API key' });
    expect(bodies).toEqual([
      expect.objectContaining({ expires_at: '2026-12-24T23:59:59.999+00:00' }),
    ]);
    expect(rowOf('Dated key').getByText('Dec 24, 2026')).toBeInTheDocument();
  });

  it('refuses a date before tomorrow', async () => {
    const { user, dialog } = await openCreateDialog();

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), 'Too early');
    await user.click(dialog.getByLabelText('On a date'));
    await user.type(dialog.getByLabelText('Expiry date'), '2026-11-30');
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    expect(
      await dialog.findByText('Pick a date from tomorrow on.'),
    ).toBeInTheDocument();
  });

  it('creates one key when Create is double-clicked on a slow server', async () => {
    server.use(
      http.post(LIST_API, async () => {
        await delay(800);
      }),
    );
    const posts = countRequests(
      server,
      isRequestTo('POST', 'site-agent-access'),
    );
    const { user, dialog } = await openCreateDialog();
    const before = db.accessKeys.length;

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), 'Once only');
    await user.dblClick(dialog.getByRole('button', { name: 'Create key' }));
    await user.type(dialog.getByLabelText('Name'), '{Enter}');

    expect(
      await dialog.findByRole('button', { name: 'Creating…' }),
    ).toBeDisabled();
    await screen.findByRole(
      'dialog',
      { name: 'Copy your new API key' },
      { timeout: 3_000 },
    );
    expect(posts.count).toBe(1);
    expect(db.accessKeys.length).toBe(before + 1);
  });

  it('puts the server field errors on their fields', async () => {
    server.use(
      http.post(LIST_API, () =>
        HttpResponse.json(
          { name: ['Ensure this field has no more than 150 characters.'] },
          { status: 400 },
        ),
      ),
    );
    const { user, dialog } = await openCreateDialog();

    await user.selectOptions(
      dialog.getByLabelText('Project'),
      'Climate Modelling',
    );
    await user.type(dialog.getByLabelText('Name'), 'Refused');
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    expect(
      await dialog.findByText(/no more than 150 characters/),
    ).toBeInTheDocument();
    expect(dialog.getByLabelText('Name')).toHaveValue('Refused');
    expect(dialog.getByLabelText('Name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('says so when the organization has no projects, with no form', async () => {
    server.use(
      http.get('*/api/projects/', () =>
        HttpResponse.json([], { headers: { 'X-Result-Count': '0' } }),
      ),
    );
    const { user } = renderApp(KEYS_URL);
    await screen.findByRole('table', {}, { timeout: 5_000 });

    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = within(await screen.findByRole('dialog'));
    expect(await dialog.findByText(/has no projects yet/)).toBeInTheDocument();
    expect(dialog.queryByLabelText('Name')).not.toBeInTheDocument();
    expect(
      dialog.queryByRole('button', { name: 'Create key' }),
    ).not.toBeInTheDocument();
  });
});
