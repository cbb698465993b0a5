import { useQuery } from '@tanstack/react-query';
import Breadcrumb from 'react-bootstrap/Breadcrumb';
import Nav from 'react-bootstrap/Nav';
import { Link, NavLink, Outlet } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import { agentQuery } from '@/api/queries/agentQueries';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { NotFoundPage } from './NotFoundPage';

/** The frame of every agent page: where you are, and the agent's tabs. */
export function AgentLayout() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const query = useQuery(agentQuery(agentId));

  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return (
      <NotFoundPage
        message={t('This agent does not exist or you cannot see it.')}
      />
    );
  }

  const tabs = [
    { to: routes.configure(orgUuid, agentId), label: t('Configure') },
    { to: routes.widgets(orgUuid, agentId), label: t('Widgets') },
    { to: routes.keys(orgUuid, agentId), label: t('API keys') },
    { to: routes.usage(orgUuid, agentId), label: t('Usage') },
  ];

  return (
    <>
      <Breadcrumb>
        <Breadcrumb.Item
          linkAs={Link}
          linkProps={{ to: routes.agents(orgUuid) }}
        >
          {t('Agents')}
        </Breadcrumb.Item>
        <Breadcrumb.Item active>{query.data?.name ?? '…'}</Breadcrumb.Item>
      </Breadcrumb>
      <h1 className="h3 mb-3">{query.data?.name ?? t('Agent')}</h1>
      <Nav
        variant="tabs"
        className="mb-3"
        as="nav"
        aria-label={t('Agent pages')}
      >
        {tabs.map((tab) => (
          <Nav.Item key={tab.to}>
            <Nav.Link as={NavLink} to={tab.to}>
              {tab.label}
            </Nav.Link>
          </Nav.Item>
        ))}
      </Nav>
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
      {query.data !== undefined && <Outlet />}
    </>
  );
}
