import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';

import { setToken } from '@/api/session';

import { AppErrorBoundary } from './AppErrorBoundary';
import { createQueryClient } from './queryClient';
import { mockSlots } from './mockSlots';
import { appRoutes } from './routes';

type AppRouter = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  basename?: string;
  /** Called on a 401 instead of bringing back the kit's sign-in page. */
  onSessionExpired?: () => void;
  /*
   * A host mount hands in its own client and router, built with the
   * options above, so that it can clear and dispose of them on unmount.
   */
  queryClient?: QueryClient;
  router?: AppRouter;
}

export function App(props: AppProps) {
  const { basename, onSessionExpired } = props;
  const [queryClient] = useState(
    () =>
      props.queryClient ??
      createQueryClient({
        onUnauthorized: onSessionExpired ?? (() => setToken(null)),
      }),
  );
  const [router] = useState(
    () => props.router ?? createBrowserRouter(appRoutes, { basename }),
  );

  // Mock mode's dev toolbar; a real build never fills the slot.
  const Toolbar = mockSlots.toolbar;

  return (
    <QueryClientProvider client={queryClient}>
      <AppErrorBoundary>
        <RouterProvider router={router} />
      </AppErrorBoundary>
      {Toolbar && <Toolbar />}
    </QueryClientProvider>
  );
}
