import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

import { config } from '@/config/config';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const PATH = routes.configure(SEED.orgUuid, SEED.agentUuid);

async function openMcp(path = PATH) {
  const app = renderApp(path);
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole('heading', { name: 'MCP' }, { timeout: 5000 });
  return app;
}

it('shows each tool with its parameters as a table', async () => {
  await openMcp();

  expect(await screen.findByRole('heading', { name: 'query' })).toBeVisible();
  const table = screen.getByRole('table', { name: 'Parameters of query' });
  const [, sql, limit] = within(table).getAllByRole('row');
  expect(sql).toHaveTextContent(/^sqlstringYesA single SELECT statement\.$/);
  expect(limit).toHaveTextContent(/^limitintegerNoDefault: 100\.$/);
  const invite = screen.getByRole('table', {
    name: 'Parameters of create_invitation',
  });
  expect(invite).toHaveTextContent(
    'One of: PROJECT.MEMBER, PROJECT.ADMIN, CUSTOMER.MANAGER.',
  );
});

it('lists resources with URI, name and type', async () => {
  await openMcp();

  const table = await screen.findByRole('table', { name: 'MCP resources' });
  const row = within(table).getByText('schema://main').closest('tr');
  expect(row).toHaveTextContent('Reporting schema');
  expect(row).toHaveTextContent('text/plain');
});

it('filters tools and resources by the search, kept in the URL', async () => {
  const { user, router } = await openMcp();
  await screen.findByRole('heading', { name: 'query' });

  await user.type(
    screen.getByRole('searchbox', { name: 'Search MCP tools and resources' }),
    'invoice',
  );

  expect(screen.getByRole('heading', { name: 'list_invoices' })).toBeVisible();
  expect(
    screen.queryByRole('heading', { name: 'query' }),
  ).not.toBeInTheDocument();
  expect(screen.getByText('Nothing matches “invoice”.')).toBeVisible();
  expect(router.state.location.search).toBe('?mcp=invoice');
});

it('starts from the search in the URL', async () => {
  await openMcp(`${PATH}?mcp=usage`);

  const table = await screen.findByRole('table', { name: 'MCP resources' });
  expect(within(table).getAllByRole('row')).toHaveLength(2);
  expect(within(table).getByText('usage://stats')).toBeVisible();
});

it('copies a client config with a placeholder instead of a key', async () => {
  const { user } = await openMcp();

  await user.click(screen.getByRole('button', { name: 'Copy client config' }));

  expect(await screen.findByText('Copied')).toBeVisible();
  const copied = JSON.parse(await navigator.clipboard.readText()) as unknown;
  expect(copied).toEqual({
    mcpServers: {
      'slurm-agent-tartu-01': {
        url: `${config.apiUrl}marketplace-site-agent-identities/${SEED.agentUuid}/mcp/`,
        headers: { 'X-API-Key': '<YOUR_API_KEY>' },
      },
    },
  });
});

it('says when the server does not offer MCP', async () => {
  server.use(
    http.get('*/api/marketplace-site-agent-identities/:uuid/mcp/tools/', () =>
      HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
    ),
    http.get(
      '*/api/marketplace-site-agent-identities/:uuid/mcp/resources/',
      () => HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
    ),
  );
  await openMcp();

  expect(
    await screen.findByText('This server does not offer MCP for agents yet.'),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Copy client config' }),
  ).not.toBeInTheDocument();
});

it('offers Retry when the tools fail to load', async () => {
  server.use(
    http.get(
      '*/api/marketplace-site-agent-identities/:uuid/mcp/tools/',
      () => HttpResponse.json({ detail: 'Agent offline.' }, { status: 503 }),
      { once: true },
    ),
  );
  const { user } = await openMcp();

  expect(await screen.findByText('Unable to load MCP tools')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('heading', { name: 'query' })).toBeVisible();
});

it('searches without asking to leave while the form has edits', async () => {
  const { user } = await openMcp();
  const name = screen.getByRole('textbox', { name: 'Name (required)' });
  await user.type(name, '-edited');

  await user.type(
    screen.getByRole('searchbox', { name: 'Search MCP tools and resources' }),
    'query',
  );

  expect(await screen.findByRole('heading', { name: 'query' })).toBeVisible();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(name).toHaveValue('slurm-agent-tartu-01-edited');
});
