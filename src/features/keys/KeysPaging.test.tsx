import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { renderApp } from '@/testing/render';

import { openKeys } from './keyTestUtils';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;

async function confirmIn(name: RegExp) {
  const dialog = within(await screen.findByRole('dialog'));
  return { dialog, button: dialog.getByRole('button', { name }) };
}

describe('keys paging', () => {
  it('lands on page 2 when the only key of page 3 is revoked and deleted', async () => {
    const template = db.accessKeys.find((k) => k.uuid === SEED.keys.neverUsed);
    for (let i = 0; i < 9; i += 1) {
      db.accessKeys.push({
        ...structuredClone(template!),
        uuid: `e7a5${String(i).padStart(28, '0')}`,
        name: i === 0 ? 'Legacy importer' : `Filler ${i}`,
        key_prefix: `sak_fil${i}`,
        created: i === 0 ? '2025-01-01T00:00:00.000000Z' : template!.created,
      });
    }
    const { user, router } = await openKeys(`${KEYS_URL}?page=3`);
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: /^Revoke Legacy importer/ }),
    );
    await user.click((await confirmIn(/^Revoke key$/)).button);
    await user.click(
      await screen.findByRole('button', { name: /^Delete Legacy importer/ }),
    );
    await user.click((await confirmIn(/^Delete key$/)).button);

    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.queryByText(/Invalid page/)).not.toBeInTheDocument();
    expect(
      screen.queryByText('Unable to load API keys'),
    ).not.toBeInTheDocument();
  });

  it('moves from a page far past the end to the last page in one step', async () => {
    const pages: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/marketplace-site-agent-access/') {
        pages.push(url.searchParams.get('page') ?? '');
      }
    };
    server.events.on('request:start', onRequest);
    const { router } = renderApp(`${KEYS_URL}?page=50`);

    await waitFor(() => expect(router.state.location.search).toBe('?page=2'), {
      timeout: 5_000,
    });
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.queryByText(/Invalid page/)).not.toBeInTheDocument();
    server.events.removeListener('request:start', onRequest);
    // The page asked for, the first page for the total, the last page.
    expect(pages).toEqual(['50', '1', '2']);
  });

  it('updates the filtered second page and its total after creating', async () => {
    const base = db.accessKeys.find((k) => k.name === 'Slack bot');
    for (let i = 0; i < 9; i += 1) {
      db.accessKeys.push({
        ...structuredClone(base!),
        uuid: `c11a7e${String(i).padStart(26, '0')}`,
        name: `Climate worker ${i}`,
        key_prefix: `sak_cw0${i}`,
        rotated_from: null,
      });
    }
    const url = `${KEYS_URL}?project=${SEED.projects.climate}&page=2`;
    const { user } = await openKeys(url);
    expect(screen.getByText('12 keys')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const dialog = within(await screen.findByRole('dialog'));
    await dialog.findByRole('option', { name: 'Climate Modelling' });
    expect(dialog.getByLabelText('Project')).toHaveValue(SEED.projects.climate);
    await user.type(dialog.getByLabelText('Name'), 'Thirteenth');
    await user.click(dialog.getByRole('button', { name: 'Create key' }));

    await screen.findByRole('dialog', { name: 'Copy your new API key' });
    expect(screen.getByText('13 keys')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Page 2 of 2')).toBeInTheDocument(),
    );
  });
});
