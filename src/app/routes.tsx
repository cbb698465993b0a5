import { lazy, Suspense } from 'react';
import { Navigate, useLocation, type RouteObject } from 'react-router-dom';

import { LoadingState } from '@/components/LoadingState';

import { AgentLayout } from './AgentLayout';
import { HostPathRedirect } from './HostPathRedirect';
import { NotFoundPage } from './NotFoundPage';
import { pages } from './pages';
import { RootLayout } from './RootLayout';
import { RootRedirect } from './RootRedirect';
import { RouteErrorBoundary } from './RouteError';

// Mock mode only: the route gallery for designers. A real build has the
// constant false and drops the route with its module.
const GalleryPage = __MOCK_MODE__
  ? lazy(async () => ({
      default: (await import('./devtools/GalleryPage')).GalleryPage,
    }))
  : null;

const AgentsPage = pages.agents.Component;
const ConfigurePage = pages.configure.Component;
const WidgetsPage = pages.widgets.Component;
const KeysPage = pages.keys.Component;
const UsagePage = pages.usage.Component;

function Gallery() {
  const { pathname } = useLocation();
  if (!GalleryPage) return <NotFoundPage />;
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<LoadingState />}>
        <GalleryPage />
      </Suspense>
    </RouteErrorBoundary>
  );
}

export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <RootRedirect /> },
      {
        path: 'organization/:orgUuid/agents',
        children: [
          { index: true, element: <AgentsPage /> },
          {
            path: ':agentId',
            element: <AgentLayout />,
            children: [
              { index: true, element: <Navigate to="configure/" replace /> },
              { path: 'configure', element: <ConfigurePage /> },
              { path: 'widgets', element: <WidgetsPage /> },
              { path: 'keys', element: <KeysPage /> },
              { path: 'usage', element: <UsagePage /> },
            ],
          },
        ],
      },
      // The kit has no organization page of its own: its agents stand in.
      {
        path: 'organization/:orgUuid',
        element: <Navigate to="agents/" replace />,
      },
      // The host's plural form, kept working for links out of Waldur.
      { path: 'organizations/:orgUuid/*', element: <HostPathRedirect /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  ...(__MOCK_MODE__ ? [{ path: '__gallery', element: <Gallery /> }] : []),
];
