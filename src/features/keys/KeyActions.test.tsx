import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { MEMBER_TOKEN, SEED } from '@mocks/seed';

import { setToken } from '@/api/session';

import { openKeys as openAt, rowOf } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;
const KEY_API = '*/api/marketplace-site-agent-access/:uuid/';

const openKeys = (url = KEYS_URL) => openAt(url);

async function confirmIn(name: RegExp) {
  const dialog = within(await screen.findByRole('dialog'));
  return { dialog, button: dialog.getByRole('button', { name }) };
}

describe('key actions', () => {
  it('shows a revoke at once, before the server answers', async () => {
    server.use(
      http.post(`${KEY_API}revoke/`, async () => {
        await delay(400);
      }),
    );
    const { user } = await openKeys();

    await user.click(
      screen.getByRole('button', { name: /^Revoke Reporting script/ }),
    );
    const { dialog, button } = await confirmIn(/^Revoke key$/);
    expect(
      dialog.getByText('Revoke key "Reporting script"?'),
    ).toBeInTheDocument();
    await user.click(button);

    expect(rowOf('Reporting script').getByText('Revoked')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        db.accessKeys.find((k) => k.name === 'Reporting script')?.is_active,
      ).toBe(false),
    );
    expect(rowOf('Reporting script').getByText('Revoked')).toBeInTheDocument();
  });

  it('rolls a refused revoke back and names the key', async () => {
    server.use(
      http.post(`${KEY_API}revoke/`, async () => {
        await delay(200);
        return HttpResponse.json(
          { detail: 'You do not have permission to perform this action.' },
          { status: 403 },
        );
      }),
    );
    const { user } = await openKeys();

    await user.click(
      screen.getByRole('button', { name: /^Revoke Reporting script/ }),
    );
    await user.click((await confirmIn(/^Revoke key$/)).button);
    expect(rowOf('Reporting script').getByText('Revoked')).toBeInTheDocument();

    expect(
      await screen.findByText(
        'Could not revoke "Reporting script": You do not have permission to perform this action.',
      ),
    ).toBeInTheDocument();
    expect(rowOf('Reporting script').getByText('Active')).toBeInTheDocument();
  });

  it('deletes a revoked key', async () => {
    const { user } = await openKeys();
    const prefix =
      db.accessKeys.find((k) => k.uuid === SEED.keys.exportOld)?.key_prefix ??
      '';

    await user.click(
      screen.getByRole('button', {
        name: `Delete Data export cron (${prefix}…)`,
      }),
    );
    await user.click((await confirmIn(/^Delete key$/)).button);

    await waitFor(() =>
      expect(screen.queryByText(`${prefix}…`)).not.toBeInTheDocument(),
    );
    expect(db.accessKeys.some((k) => k.uuid === SEED.keys.exportOld)).toBe(
      false,
    );
  });

  it('shows why the server refuses a delete', async () => {
    server.use(
      http.delete(KEY_API, () =>
        HttpResponse.json(
          { detail: 'Only revoked keys can be deleted. Revoke it first.' },
          { status: 409 },
        ),
      ),
    );
    const { user } = await openKeys();

    await user.click(
      screen.getByRole('button', { name: /^Delete Data export cron/ }),
    );
    await user.click((await confirmIn(/^Delete key$/)).button);

    expect(
      await screen.findByText(
        'Could not delete "Data export cron": Only revoked keys can be deleted. Revoke it first.',
      ),
    ).toBeInTheDocument();
  });

  it('rotates a key, shows the successor secret and pairs the two keys', async () => {
    const { user } = await openKeys();
    const oldPrefix =
      db.accessKeys.find((k) => k.uuid === SEED.keys.neverUsed)?.key_prefix ??
      '';

    await user.click(
      screen.getByRole('button', { name: /^Rotate Reporting script/ }),
    );
    const secret = within(
      await screen.findByRole('dialog', {
        name: 'Key rotated: copy the new key',
      }),
    );
    expect(secret.getByLabelText<HTMLInputElement>('API key').value).toMatch(
      /^sak_/,
    );
    await user.click(secret.getByRole('button', { name: 'Copy API key' }));
    await user.click(await secret.findByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    expect(
      await screen.findByText(`Replaces ${oldPrefix}…`),
    ).toBeInTheDocument();
    expect(
      rowOf(`${oldPrefix}…`).getByText(/Replaced by sak_/),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: `Revoke old key ${oldPrefix}…` }),
    );
    await user.click((await confirmIn(/^Revoke key$/)).button);
    await waitFor(() =>
      expect(
        screen.queryByText(`Replaces ${oldPrefix}…`),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows read-only users the keys with actions disabled and why', async () => {
    setToken(MEMBER_TOKEN, false);
    await openKeys();

    const reason = screen.getByText(/Read only/);
    expect(screen.getByRole('button', { name: 'Create key' })).toBeDisabled();
    expect(
      screen.getByRole('button', { name: /^Rotate Reporting script/ }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: /^Revoke Reporting script/ }),
    ).toHaveAccessibleDescription(reason.textContent ?? '');
    expect(
      screen.getByRole('button', { name: /^Delete Data export cron/ }),
    ).toBeDisabled();
  });
});
