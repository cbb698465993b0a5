import { Navigate, type RouteObject } from 'react-router-dom';

import { LoadingState } from '@/components/LoadingState';

import { HostPathRedirect } from './HostPathRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { RootRedirect } from './RootRedirect';
import { RouteError } from './RouteError';

/*
 * Pages load lazily, so the agent list's first load does not carry the
 * forms, charts and previews of the other pages.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    // Shown while the first page's lazy module loads on a fresh start.
    hydrateFallbackElement: <LoadingState />,
    children: [
      { index: true, element: <RootRedirect /> },
      {
        path: 'organization/:orgUuid/agents',
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/agents/AgentListPage'))
                .AgentListPage,
            }),
          },
          {
            path: ':agentId',
            // The agent frame (tabs, breadcrumb) is not part of the list's
            // first load; it loads alongside the tab's page.
            lazy: async () => ({
              Component: (await import('./AgentLayout')).AgentLayout,
            }),
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="configure/" replace /> },
              {
                path: 'configure',
                lazy: async () => ({
                  Component: (
                    await import('@/features/configure/ConfigurePage')
                  ).ConfigurePage,
                }),
              },
              {
                path: 'widgets',
                lazy: async () => ({
                  Component: (await import('@/features/widgets/WidgetsPage'))
                    .WidgetsPage,
                }),
              },
              {
                path: 'keys',
                lazy: async () => ({
                  Component: (await import('@/features/keys/KeysPage'))
                    .KeysPage,
                }),
              },
              {
                path: 'usage',
                lazy: async () => ({
                  Component: (await import('@/features/usage/UsagePage'))
                    .UsagePage,
                }),
              },
            ],
          },
        ],
      },
      // The host's plural form, kept working for links out of Waldur.
      { path: 'organizations/:orgUuid/*', element: <HostPathRedirect /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // Mock mode only: the route gallery for designers. A real build has the
  // constant false and drops the route with its module.
  ...(__MOCK_MODE__
    ? [
        {
          path: '__gallery',
          errorElement: <RouteError />,
          hydrateFallbackElement: <LoadingState />,
          lazy: async () => ({
            Component: (await import('./devtools/GalleryPage')).GalleryPage,
          }),
        },
      ]
    : []),
];
