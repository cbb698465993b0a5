import {
  type QueryClient,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import { agentQuery } from '@/api/queries/agentQueries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';
import type { AgentPageAddress } from '@/lib/prefetch';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { NotFoundPage } from './NotFoundPage';
import { pages } from './pages';
import { RouteErrorBoundary } from './RouteError';

type AgentPage = (typeof pages)[keyof typeof pages];

function startPage(
  page: AgentPage,
  queryClient: QueryClient,
  address: AgentPageAddress,
) {
  // Only a head start: a failure shows when the page itself renders, on
  // the route's error with Reload, so here it is dropped, not left unhandled.
  page.load().catch(() => undefined);
  page.prefetch?.(queryClient, address);
}

/**
 * The frame of every agent page: where you are, and the agent's tabs. It
 * is part of the first load, so that a tab's code starts loading at once
 * rather than after the frame's; hence Bootstrap's breadcrumb and tab
 * markup instead of react-bootstrap's components.
 */
export function AgentLayout() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const query = useQuery(agentQuery(agentId));
  const tabs = [
    {
      to: routes.configure(orgUuid, agentId),
      label: t('Configure'),
      page: pages.configure,
    },
    {
      to: routes.widgets(orgUuid, agentId),
      label: t('Widgets'),
      page: pages.widgets,
    },
    {
      to: routes.keys(orgUuid, agentId),
      label: t('API keys'),
      page: pages.keys,
    },
    {
      to: routes.usage(orgUuid, agentId),
      label: t('Usage'),
      page: pages.usage,
    },
  ];
  const current = tabs.find((tab) => pathname.startsWith(tab.to))?.page;
  const start = (page: AgentPage, query: string) =>
    startPage(page, queryClient, {
      orgUuid,
      agentId,
      search: new URLSearchParams(query),
    });

  // The tab's code and data load alongside the agent, not after it: they
  // need only the address. Entering a tab again retries what failed.
  useEffect(() => {
    if (!current) return;
    startPage(current, queryClient, {
      orgUuid,
      agentId,
      search: new URLSearchParams(search),
    });
  }, [current, queryClient, orgUuid, agentId, search]);

  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return (
      <NotFoundPage
        message={t('This agent does not exist or you cannot see it.')}
      />
    );
  }

  return (
    <>
      <nav aria-label={t('Breadcrumb')}>
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to={routes.agents(orgUuid)}>{t('Agents')}</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {query.data?.name ?? '…'}
          </li>
        </ol>
      </nav>
      <h1 className="h3 mb-3">{query.data?.name ?? t('Agent')}</h1>
      <nav aria-label={t('Agent pages')} className="mb-3">
        <ul className="nav nav-tabs agent-tabs">
          {tabs.map((tab) => (
            <li key={tab.to} className="nav-item">
              <NavLink
                to={tab.to}
                className="nav-link"
                onMouseEnter={() => start(tab.page, '')}
                onFocus={() => start(tab.page, '')}
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {query.isPending && <LoadingState label={t('Loading agent…')} />}
      {query.isError && (
        <ErrorState
          title={t('Unable to load the agent')}
          error={query.error}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      )}
      {/* A failed background refetch keeps the page (and any open dialog,
          such as a key shown once) on screen under the error. */}
      {query.data !== undefined && (
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      )}
    </>
  );
}
