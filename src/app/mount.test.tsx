import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { OWNER_TOKEN, SEED } from '@mocks/seed';

import { getToken } from '@/api/session';
import { config } from '@/config/config';
import { routes } from '@/config/routes';
import { pseudoLocalize } from '@/i18n/pseudo';
import { getLocale } from '@/lib/i18n';

import { mountSiteKit } from './mount';

// The test setup already answers requests in Node; the browser worker
// cannot start here.
vi.mock('./mockMode', () => ({
  startMockMode: vi.fn(async () => undefined),
  stopMockMode: vi.fn(),
}));

const ACT = 'IS_REACT_ACT_ENVIRONMENT';
let host: HTMLDivElement;

beforeEach(() => {
  // The kit renders on its own root, as in a host page, outside act().
  Reflect.set(globalThis, ACT, false);
  window.history.replaceState(null, '', '/host/');
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  Reflect.set(globalThis, ACT, true);
});

it('shows the kit in the host element and leaves nothing after unmount', async () => {
  const apiUrl = config.apiUrl;
  const unmount = mountSiteKit(host, {
    apiUrl: 'http://waldur.test/api/',
    token: OWNER_TOKEN,
    basename: '/host',
    theme: 'dark',
  });

  const kit = within(host);
  expect(
    await kit.findByRole('heading', { level: 1, name: 'Agents' }),
  ).toBeInTheDocument();
  expect(window.location.pathname).toBe(`/host${routes.agents(SEED.orgUuid)}`);
  expect(host.firstElementChild).toHaveAttribute('data-bs-theme', 'dark');
  expect(config.apiUrl).toBe('http://waldur.test/api/');

  unmount();

  expect(host).toBeEmptyDOMElement();
  expect(document.body.children).toHaveLength(1);
  expect(config.apiUrl).toBe(apiUrl);
});

it('calls the host back on a 401 instead of showing the sign-in page', async () => {
  const onSessionExpired = vi.fn();

  const unmount = mountSiteKit(host, {
    getToken: () => 'a-token-the-server-refuses',
    basename: '/host',
    onSessionExpired,
  });

  await waitFor(() => expect(onSessionExpired).toHaveBeenCalled());
  expect(
    screen.queryByRole('heading', { name: 'Sign in to the Agent Site Kit' }),
  ).not.toBeInTheDocument();
  unmount();
  expect(getToken()).toBe(OWNER_TOKEN);
});

it('speaks the language the host chose until it unmounts', async () => {
  const unmount = mountSiteKit(host, { basename: '/host', language: 'en-XA' });

  expect(
    await within(host).findByRole('heading', {
      level: 1,
      name: pseudoLocalize('Agents'),
    }),
  ).toBeInTheDocument();
  expect(host.firstElementChild).toHaveAttribute('lang', 'en-XA');

  unmount();

  expect(getLocale()).toBe('en');
});
