import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';

import { setToken } from '@/api/session';
import { createQueryClient } from '@/app/queryClient';
import { appRoutes } from '@/app/routes';

/** A fresh query client per test; retries off unless a test asks. */
export function createTestQueryClient(options: { retries?: boolean } = {}) {
  const client = createQueryClient({ onUnauthorized: () => setToken(null) });
  if (!options.retries) {
    client.setDefaultOptions({
      ...client.getDefaultOptions(),
      queries: { ...client.getDefaultOptions().queries, retry: false },
    });
  }
  return client;
}

/** Renders the whole app at `path`, as a person would land on it. */
export function renderApp(path: string, options: { retries?: boolean } = {}) {
  const queryClient = createTestQueryClient(options);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient };
}

/** Renders one component with the app's providers around it. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient };
}
