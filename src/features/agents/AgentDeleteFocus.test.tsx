import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';
import { renderApp } from '@/testing/render';

const LIST = routes.agents(SEED.orgUuid);

// The route loads the page lazily; loading it once here keeps the first
// test's wait as short as the others'.
beforeAll(async () => {
  await import('./AgentListPage');
});

const focused = () => document.activeElement as HTMLElement | null;

function agentLinks() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('link');
}

/** Opens the delete dialog from the keyboard, as a keyboard user would. */
async function openDeleteDialog(
  user: ReturnType<typeof renderApp>['user'],
  name: string,
) {
  const remove = screen.getByRole('button', { name: `Delete ${name}` });
  act(() => remove.focus());
  await user.keyboard('{Enter}');
  return { remove, dialog: await screen.findByRole('dialog') };
}

async function confirmByKeyboard(
  user: ReturnType<typeof renderApp>['user'],
  dialog: HTMLElement,
) {
  const confirm = within(dialog).getByRole('button', { name: 'Delete agent' });
  await waitFor(() => expect(dialog).toContainElement(focused()));
  while (focused() !== confirm) await user.tab();
  await user.keyboard('{Enter}');
}

// Regression: the deleted row took the dialog's opener with it, and the
// focus fell back to the document, the top of the page.
it('moves the focus to the next agent after a delete', async () => {
  const { user } = renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });
  const [, second, third] = agentLinks();
  const name = second?.textContent ?? '';
  const next = third?.textContent ?? '';

  const { dialog } = await openDeleteDialog(user, name);
  await confirmByKeyboard(user, dialog);

  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
  await waitFor(() =>
    expect(screen.getByRole('link', { name: next })).toHaveFocus(),
  );
  expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
});

it('moves the focus to Register agent when no agent is left to show', async () => {
  const { user } = renderApp(`${LIST}?name=slurm-agent-tartu-01`);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });

  const { dialog } = await openDeleteDialog(user, 'slurm-agent-tartu-01');
  await confirmByKeyboard(user, dialog);

  expect(await screen.findByText('No agents match')).toBeInTheDocument();
  await waitFor(() =>
    expect(
      screen.getByRole('button', { name: 'Register agent' }),
    ).toHaveFocus(),
  );
});

it('gives the focus back to Delete when the dialog is cancelled', async () => {
  const { user } = renderApp(LIST);
  await screen.findByRole('link', { name: 'slurm-agent-tartu-01' });

  const { remove } = await openDeleteDialog(user, 'slurm-agent-tartu-01');
  await user.keyboard('{Escape}');

  await waitFor(() =>
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
  );
  await waitFor(() => expect(remove).toHaveFocus());
});
