import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useRoutes } from 'react-router-dom';

import { endSession } from '@/api/session';
import { KitRouter } from '@/lib/navigation/KitRouter';
import {
  createBrowserNavigation,
  type Navigation,
} from '@/lib/navigation/navigation';

import { AppErrorBoundary } from './AppErrorBoundary';
import { createQueryClient } from './queryClient';
import { mockSlots } from './mockSlots';
import { appRoutes } from './routes';

interface AppProps {
  basename?: string;
  /** Called on a 401 instead of bringing back the kit's sign-in page. */
  onSessionExpired?: () => void;
  /*
   * A host mount, and a test, hand in their own client and navigation, so
   * that they can clear and inspect them.
   */
  queryClient?: QueryClient;
  navigation?: Navigation;
}

function AppRoutes() {
  return useRoutes(appRoutes);
}

export function App(props: AppProps) {
  const { basename, onSessionExpired } = props;
  const [queryClient] = useState(
    () =>
      props.queryClient ??
      createQueryClient({
        onUnauthorized: onSessionExpired ?? endSession,
      }),
  );
  const [navigation] = useState(
    () => props.navigation ?? createBrowserNavigation(),
  );

  // Mock mode's dev toolbar; a real build never fills the slot.
  const Toolbar = mockSlots.toolbar;

  return (
    <QueryClientProvider client={queryClient}>
      <AppErrorBoundary>
        <KitRouter navigation={navigation} basename={basename}>
          <AppRoutes />
        </KitRouter>
      </AppErrorBoundary>
      {Toolbar && <Toolbar />}
    </QueryClientProvider>
  );
}
