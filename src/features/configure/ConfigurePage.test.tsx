import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';

import { server } from '@mocks/node';
import { MEMBER_TOKEN, SEED } from '@mocks/seed';

import { setToken } from '@/api/session';
import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const PATH = routes.configure(SEED.orgUuid, SEED.agentUuid);

/** Records every PUT of an agent and lets the mock backend answer it. */
function recordPuts() {
  const puts: Array<{ url: string; body: Record<string, unknown> }> = [];
  server.use(
    http.put(
      '*/api/marketplace-site-agent-identities/:uuid/',
      async ({ request }) => {
        const body = (await request.clone().json()) as Record<string, unknown>;
        puts.push({ url: request.url, body });
      },
    ),
  );
  return puts;
}

async function openForm() {
  const app = renderApp(PATH);
  // The page is a lazy route; its first import in a file is slow.
  await screen.findByRole(
    'textbox',
    { name: 'Name (required)' },
    { timeout: 5000 },
  );
  return app;
}

const field = (name: string) => screen.getByRole('textbox', { name });

it('shows the agent’s saved values and its offering by name', async () => {
  await openForm();

  expect(field('Name (required)')).toHaveValue('slurm-agent-tartu-01');
  expect(field('Version')).toHaveValue('0.7.3');
  expect(field('Package of dependency 1')).toHaveValue('waldur-site-agent');
  expect(field('Version of dependency 1')).toHaveValue('0.7.3');
  expect(field('Config file path')).toHaveValue(
    '/etc/waldur/waldur-site-agent-config.yaml',
  );
  expect((field('Config file content') as HTMLTextAreaElement).value).toContain(
    'timezone: "UTC"',
  );
  const settings = screen.getByRole('form', { name: 'Agent settings' });
  expect(within(settings).getByRole('definition')).toHaveTextContent(
    'HPC Cluster Slurm',
  );
});

it('shows the changes, saves them, and shows them after a reload', async () => {
  const puts = recordPuts();
  const { user, unmount } = await openForm();

  await user.clear(field('Name (required)'));
  await user.type(field('Name (required)'), 'tartu-renamed');
  await user.clear(field('Version'));
  await user.clear(field('Config file path'));
  expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save' }));

  const dialog = await screen.findByRole('dialog', {
    name: 'Save these changes?',
  });
  expect(within(dialog).getByText('slurm-agent-tartu-01')).toBeInTheDocument();
  expect(within(dialog).getByText('tartu-renamed')).toBeInTheDocument();
  expect(within(dialog).getAllByText('(empty)')).toHaveLength(2);
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );

  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  expect(puts).toHaveLength(1);
  expect(puts[0]?.url).toContain(SEED.agentUuid);
  expect(puts[0]?.body).toMatchObject({
    offering: SEED.slurmOfferingUuid,
    name: 'tartu-renamed',
    version: null,
    config_file_path: null,
  });

  unmount();
  await openForm();
  expect(field('Name (required)')).toHaveValue('tartu-renamed');
  expect(field('Version')).toHaveValue('');
});

it('gives the focus back to Save once a save that outlasts the dialog ends', async () => {
  let answer = () => {};
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  // Without a response, the handler lets the mock backend answer.
  server.use(
    http.put('*/api/marketplace-site-agent-identities/:uuid/', () => answered),
  );
  const { user } = await openForm();

  await user.type(field('Name (required)'), '-kb');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  const saving = screen.getByRole('button', { name: 'Saving…' });
  expect(saving).toBeDisabled();

  answer();
  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  await waitFor(() => expect(saving).toHaveFocus());
  expect(saving).toHaveAccessibleName('Save');
});

it('gives the focus back to Save when the summary is dismissed', async () => {
  const { user } = await openForm();

  await user.type(field('Name (required)'), '-kb');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog');
  await user.keyboard('{Escape}');

  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  expect(field('Name (required)')).toHaveValue('slurm-agent-tartu-01-kb');
});

it('sends nothing when nothing changed', async () => {
  const puts = recordPuts();
  const { user } = await openForm();

  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(
    await screen.findByText('There are no changes to save.'),
  ).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(puts).toHaveLength(0);
});

it('edits dependency rows, each needing a package and a version', async () => {
  const puts = recordPuts();
  const { user } = await openForm();

  await user.click(screen.getByRole('button', { name: 'Add dependency' }));
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const newRow = screen.getByRole('group', { name: 'Dependency 5' });
  expect(within(newRow).getByText('Enter the package name.')).toBeVisible();
  expect(within(newRow).getByText('Enter the package version.')).toBeVisible();
  expect(field('Package of dependency 5')).toHaveFocus();
  expect(puts).toHaveLength(0);

  await user.type(field('Package of dependency 5'), 'requests');
  await user.type(field('Version of dependency 5'), '2.32.3');
  await user.click(screen.getByRole('button', { name: 'Remove dependency 1' }));
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('added requests 2.32.3')).toBeVisible();
  expect(
    within(dialog).getByText('removed waldur-site-agent 0.7.3'),
  ).toBeVisible();
  await user.click(
    within(dialog).getByRole('button', { name: 'Save changes' }),
  );

  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  expect(puts[0]?.body.dependencies).toEqual([
    { package: 'waldur-site-agent-slurm', version: '0.7.3' },
    { package: 'waldur-api-client', version: '7.8.5' },
    { package: 'pyyaml', version: '6.0.2' },
    { package: 'requests', version: '2.32.3' },
  ]);
});

it('points at line 7 of broken YAML before sending anything', async () => {
  const puts = recordPuts();
  const { user } = await openForm();
  const content = field('Config file content');
  const text = ['a: 1', 'b: 2', 'c: 3', 'd: 4', 'e: 5', 'f: 6', '\tg: 7'];

  await user.clear(content);
  await user.click(content);
  await user.paste(text.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(content).toHaveAccessibleDescription(
    'Line 7: Tabs are not allowed as indentation',
  );
  expect(content).toHaveFocus();
  expect(puts).toHaveLength(0);

  await user.click(screen.getByRole('button', { name: 'Go to line 7' }));
  const selected = (content as HTMLTextAreaElement).selectionStart;
  expect(text.join('\n').slice(selected)).toBe('\tg: 7');
});

it('shows the form disabled, with the reason, to a read-only user', async () => {
  setToken(MEMBER_TOKEN, false);
  await openForm();

  expect(field('Name (required)')).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  expect(
    screen.getAllByText(/Read only: only organization owners/).length,
  ).toBeGreaterThan(0);
  expect(screen.getByRole('button', { name: 'Add dependency' })).toBeDisabled();
});

it('says the offering name is unavailable when the offerings fail to load', async () => {
  server.use(
    http.get('*/api/marketplace-provider-offerings/', () =>
      HttpResponse.json({ detail: 'Down.' }, { status: 500 }),
    ),
  );
  await openForm();

  expect(
    await screen.findByText(`${SEED.slurmOfferingUuid} (name unavailable)`),
  ).toBeInTheDocument();
});
