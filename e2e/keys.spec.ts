import type { Locator, Page } from '@playwright/test';

import { SEED } from '../mocks/seed';
import { expect, test } from './fixtures';

const KEYS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/keys/`;
const KEY_PATTERN = /^sak_[A-Za-z0-9_-]{43}$/;

/** Opens "Create key", fills it in and returns the secret dialog. */
async function createKey(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Create key' }).click();
  const create = page.getByRole('dialog', { name: 'Create API key' });
  await create.getByLabel('Project').selectOption({ index: 1 });
  await create.getByLabel('Name').fill(name);
  await create.getByLabel('Never').check();
  await create.getByRole('button', { name: 'Create key' }).click();
  await expect(create).toBeHidden();
  return page.getByRole('dialog', { name: 'Copy your new API key' });
}

/** The row whose prefix column shows this prefix. */
function rowOf(page: Page, prefix: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByText(`${prefix}…`, { exact: true }) });
}

function keyField(dialog: Locator): Locator {
  return dialog.getByRole('textbox', { name: 'API key', exact: true });
}

/**
 * Everything a script on the page can read after the dialog closed: the
 * DOM (with form values and open shadow roots), the URL, history state,
 * both storages, and the query and mutation caches of React Query, reached
 * through the React root's fiber (null when that is not reachable).
 */
async function readableSurfaces(page: Page) {
  return page.evaluate(() => {
    const values: string[] = [];
    const collect = (root: Document | ShadowRoot) => {
      root.querySelectorAll('input, textarea').forEach((element) => {
        values.push((element as HTMLInputElement).value);
      });
      root.querySelectorAll('*').forEach((element) => {
        if (element.shadowRoot) {
          values.push(element.shadowRoot.innerHTML);
          collect(element.shadowRoot);
        }
      });
    };
    collect(document);

    const storage = (store: Storage) => {
      const entries: string[] = [];
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i) ?? '';
        entries.push(key, store.getItem(key) ?? '');
      }
      return entries.join('\n');
    };

    interface Fiber {
      child: Fiber | null;
      sibling: Fiber | null;
      memoizedProps: unknown;
    }
    interface CacheLike {
      getAll: () => Array<{ state: unknown; queryKey?: unknown }>;
    }
    interface ClientLike {
      getQueryCache: () => CacheLike;
      getMutationCache: () => CacheLike;
    }
    const findClient = (): ClientLike | null => {
      const container = document.getElementById('root');
      if (!container) return null;
      const fiberKey = Object.keys(container).find((key) =>
        key.startsWith('__reactContainer$'),
      );
      if (!fiberKey) return null;
      const stack: Fiber[] = [
        (container as unknown as Record<string, Fiber>)[fiberKey] as Fiber,
      ];
      let visited = 0;
      while (stack.length > 0 && visited < 50_000) {
        const fiber = stack.pop() as Fiber;
        visited += 1;
        const props = fiber.memoizedProps as { client?: unknown } | null;
        const client = props?.client as ClientLike | undefined;
        if (client && typeof client.getQueryCache === 'function') {
          return client;
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      return null;
    };
    const safeJson = (value: unknown) => {
      const seen = new WeakSet<object>();
      return JSON.stringify(value, (_key, inner: unknown) => {
        if (inner instanceof Error) {
          return { message: inner.message, stack: inner.stack };
        }
        if (typeof inner === 'object' && inner !== null) {
          if (seen.has(inner)) return '[circular]';
          seen.add(inner);
        }
        return inner;
      });
    };
    const client = findClient();

    return {
      dom: document.documentElement.outerHTML,
      values: values.join('\n'),
      href: location.href,
      historyState: JSON.stringify(history.state) ?? '',
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      queryCache: client
        ? safeJson(
            client
              .getQueryCache()
              .getAll()
              .map((query) => ({ key: query.queryKey, state: query.state })),
          )
        : null,
      mutationCache: client
        ? safeJson(
            client
              .getMutationCache()
              .getAll()
              .map((mutation) => mutation.state),
          )
        : null,
    };
  });
}

test('a key is created, copied, tested, rotated, revoked and deleted without leaking', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));

  await page.goto(KEYS_URL);
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();

  const name = 'e2e lifecycle key';
  const secret = await createKey(page, name);
  const field = keyField(secret);
  await expect(field).toHaveValue(KEY_PATTERN);
  const plaintext = await field.inputValue();
  const prefix = plaintext.slice(0, 8);
  await expect(secret.getByRole('textbox', { name: '.env line' })).toHaveValue(
    `WALDUR_AGENT_API_KEY=${plaintext}`,
  );
  expect(
    await secret
      .getByRole('textbox', { name: 'Try it with curl' })
      .inputValue(),
  ).toContain(`'X-API-Key: ${plaintext}'`);

  // Neither the backdrop nor Escape closes the only view of the secret.
  await page.mouse.click(5, 5);
  await expect(secret).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(secret).toBeVisible();
  await expect(field).toHaveValue(plaintext);

  // The new key works against the agent's MCP endpoint; the list refetch
  // that follows leaves the dialog alone.
  await secret
    .getByRole('button', { name: 'Use the new key: test it now' })
    .click();
  await expect(secret.getByText(/^Key works/)).toBeVisible();
  await expect(field).toHaveValue(plaintext);

  await secret.getByRole('button', { name: 'Copy API key' }).click();
  await expect(secret.getByText('Copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    plaintext,
  );

  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(secret).toBeHidden();

  const row = rowOf(page, prefix);
  await expect(row).toContainText(name);
  await expect(row).toContainText('Active');
  // The test call counted as a use of the key.
  await expect(row).not.toContainText('Never used');

  const surfaces = await readableSurfaces(page);
  expect(await page.content()).not.toContain(plaintext);
  expect(surfaces.dom).not.toContain(plaintext);
  expect(surfaces.values).not.toContain(plaintext);
  expect(surfaces.href).not.toContain(plaintext);
  expect(surfaces.historyState).not.toContain(plaintext);
  expect(surfaces.localStorage).not.toContain(plaintext);
  expect(surfaces.sessionStorage).not.toContain(plaintext);
  // The prefix is public, the rest of the secret is not: look for the part
  // that only the plaintext has.
  const tail = plaintext.slice(8);
  for (const [where, text] of Object.entries(surfaces)) {
    if (text !== null) expect(text, where).not.toContain(tail);
  }
  // Reached, and holding the list: the check above looked at real data.
  expect(surfaces.queryCache, 'React Query cache reachable').toContain(prefix);
  expect(surfaces.mutationCache).not.toBeNull();
  expect(consoleText.join('\n')).not.toContain(tail);

  // Rotate: a successor with its own secret, shown in the same dialog.
  await row
    .getByRole('button', { name: `Rotate ${name} (${prefix}…)` })
    .click();
  const rotated = page.getByRole('dialog', {
    name: 'Key rotated: copy the new key',
  });
  const rotatedField = keyField(rotated);
  await expect(rotatedField).toHaveValue(KEY_PATTERN);
  const successor = await rotatedField.inputValue();
  expect(successor).not.toBe(plaintext);
  const successorPrefix = successor.slice(0, 8);

  // Closing without a copy asks first.
  await rotated.getByRole('button', { name: 'Done' }).click();
  await expect(
    rotated.getByText('You will not see this key again', { exact: false }),
  ).toBeVisible();
  await rotated.getByRole('button', { name: 'Close without copying' }).click();
  await expect(rotated).toBeHidden();

  const newRow = rowOf(page, successorPrefix);
  await expect(newRow).toContainText(`Replaces ${prefix}…`);
  await expect(row).toContainText(`Replaced by ${successorPrefix}…`);

  // Revoke the old key from the pair.
  await newRow
    .getByRole('button', { name: `Revoke old key ${prefix}…` })
    .click();
  const revoke = page.getByRole('dialog', { name: `Revoke key "${name}"?` });
  await expect(revoke).toContainText(`${prefix}…`);
  await revoke.getByRole('button', { name: 'Revoke key' }).click();
  await expect(revoke).toBeHidden();
  await expect(row).toContainText('Revoked');

  // A revoked key can be deleted.
  await row
    .getByRole('button', { name: `Delete ${name} (${prefix}…)` })
    .click();
  const remove = page.getByRole('dialog', { name: `Delete key "${name}"?` });
  await remove.getByRole('button', { name: 'Delete key' }).click();
  await expect(remove).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(newRow).toContainText('Active');
  await expect(newRow).not.toContainText('Replaces');

  const after = await readableSurfaces(page);
  for (const [where, text] of Object.entries(after)) {
    if (text !== null) expect(text, where).not.toContain(successor.slice(8));
  }
});

test('without a clipboard, Copy says so and selects the key', async ({
  page,
}) => {
  // What a non-secure origin looks like to the page: no Clipboard API.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });

  await page.goto(KEYS_URL);
  const secret = await createKey(page, 'e2e no clipboard');
  const field = keyField(secret);
  await expect(field).toHaveValue(KEY_PATTERN);
  const plaintext = await field.inputValue();

  await secret.getByRole('button', { name: 'Copy API key' }).click();
  await expect(
    secret.getByText('Clipboard unavailable: select the text and copy it'),
  ).toBeVisible();
  await expect(secret.getByText('Copied', { exact: true })).toHaveCount(0);
  await expect(field).toBeFocused();
  const selection = await field.evaluate((element: HTMLInputElement) => ({
    start: element.selectionStart,
    end: element.selectionEnd,
    text: element.value.slice(
      element.selectionStart ?? 0,
      element.selectionEnd ?? 0,
    ),
  }));
  expect(selection).toEqual({
    start: 0,
    end: plaintext.length,
    text: plaintext,
  });

  // Nothing was confirmed copied, so "Done" asks before the key is gone.
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(
    secret.getByText(
      'You will not see this key again. Close without copying it?',
    ),
  ).toBeVisible();
  await secret.getByRole('button', { name: 'Keep it open' }).click();
  await expect(field).toHaveValue(plaintext);
  await secret.getByRole('button', { name: 'Done' }).click();
  await secret.getByRole('button', { name: 'Close without copying' }).click();
  await expect(secret).toBeHidden();
  expect(await page.content()).not.toContain(plaintext);
});
