import { QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { To } from 'react-router-dom';

import { endSession } from '@/api/session';
import { App } from '@/app/App';
import { createQueryClient } from '@/app/queryClient';
import { KitRouter } from '@/lib/navigation/KitRouter';
import {
  createMemoryNavigation,
  type Navigation,
} from '@/lib/navigation/navigation';

/** A fresh query client per test; retries off unless a test asks. */
export function createTestQueryClient(options: { retries?: boolean } = {}) {
  const client = createQueryClient({ onUnauthorized: endSession });
  if (!options.retries) {
    client.setDefaultOptions({
      ...client.getDefaultOptions(),
      queries: { ...client.getDefaultOptions().queries, retry: false },
    });
  }
  return client;
}

/** Where the app is, and a way to go elsewhere as a link would. */
function testRouter(navigation: Navigation) {
  return {
    get state() {
      return { location: navigation.getState().location };
    },
    navigate: (to: To) => act(() => navigation.navigator.push(to)),
  };
}

/** Renders the whole app at `path`, as a person would land on it. */
export function renderApp(path: string, options: { retries?: boolean } = {}) {
  const queryClient = createTestQueryClient(options);
  const navigation = createMemoryNavigation([path]);
  const user = userEvent.setup();
  const result = render(
    <App queryClient={queryClient} navigation={navigation} />,
  );
  return { ...result, user, router: testRouter(navigation), queryClient };
}

/** Renders one component with the app's providers around it. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createTestQueryClient();
  const navigation = createMemoryNavigation(['/']);
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <KitRouter navigation={navigation}>{ui}</KitRouter>
    </QueryClientProvider>,
  );
  return { ...result, user, router: testRouter(navigation), queryClient };
}
