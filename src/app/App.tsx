import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';

import { setToken } from '@/api/session';

import { createQueryClient } from './queryClient';
import { appRoutes } from './routes';

interface AppProps {
  basename?: string;
}

export function App({ basename }: AppProps) {
  const [queryClient] = useState(() =>
    createQueryClient({ onUnauthorized: () => setToken(null) }),
  );
  const [router] = useState(() => createBrowserRouter(appRoutes, { basename }));

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
