import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import Button from 'react-bootstrap/Button';

import { isApiError } from '@/api/errors';
import { accessKeysQuery } from '@/api/queries/keyQueries';
import { usageSummaryQuery } from '@/api/queries/usageQueries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { now } from '@/lib/clock';
import { t } from '@/lib/i18n';
import { usePastEndRedirect } from '@/lib/usePastEndRedirect';

import {
  KEYS_PAGE_SIZE,
  type KeyListSearch,
  narrowPage,
  toServerParams,
  usageWindow,
} from './keyListParams';
import type { KeyActions } from './KeyRow';
import { KeysTable } from './KeysTable';

interface KeyListSectionProps extends KeyActions {
  agentId: string;
  search: KeyListSearch;
  update: (
    changes: Partial<KeyListSearch>,
    options?: { replace?: boolean },
  ) => void;
  canManage: boolean;
  reasonId?: string;
  busyUuid: string | null;
  /** The "Create key" button, offered again by the empty state. */
  createButton: ReactNode;
}

export function KeyListSection({
  agentId,
  search,
  update,
  createButton,
  ...rowProps
}: KeyListSectionProps) {
  const current = now();
  // Both started by the agent frame; a failure there is not sent again.
  const list = useQuery({
    ...accessKeysQuery(toServerParams(agentId, search)),
    retryOnMount: false,
  });
  // One summary for the whole page, whatever page, filter or sort is shown.
  const summary = useQuery({
    ...usageSummaryQuery({ identityUuid: agentId, ...usageWindow(current) }),
    retryOnMount: false,
  });

  const queryClient = useQueryClient();
  const isPastEnd = usePastEndRedirect({
    page: search.page,
    pageSize: KEYS_PAGE_SIZE,
    query: list,
    fetchFirstPage: () =>
      queryClient.fetchQuery(
        accessKeysQuery(toServerParams(agentId, { ...search, page: 1 })),
      ),
    goToPage: (page) => update({ page }, { replace: true }),
  });

  const loadError = list.isError && (
    <ErrorState
      title={t('Unable to load API keys')}
      error={list.error}
      onRetry={() => list.refetch()}
      isRetrying={list.isFetching}
    />
  );
  if (isPastEnd || list.isPending)
    return <LoadingState label={t('Loading keys…')} />;
  // A Waldur without the provisional keys endpoint answers 404 on page 1.
  if (!list.data && isApiError(list.error) && list.error.status === 404) {
    return (
      <EmptyState title={t('API keys are not available on this server.')}>
        <p className="mb-0 text-body-secondary">
          {t('This Waldur does not offer API keys for agents yet.')}
        </p>
      </EmptyState>
    );
  }
  // A failed refetch keeps the last good rows on screen under the error.
  if (!list.data) return loadError;

  const page = narrowPage(list.data, search.status, current);
  const isFiltered =
    search.status !== null || search.project !== '' || search.q !== '';
  if (page.items.length === 0 && !isFiltered && search.page === 1) {
    return (
      <EmptyState title={t('No keys yet')}>
        <p className="text-body-secondary">
          {t(
            'A key lets a website backend, a script or an MCP client call this agent for one project.',
          )}
        </p>
        {createButton}
      </EmptyState>
    );
  }

  return (
    <>
      {loadError}
      {summary.isError && (
        <ErrorState
          title={t('Unable to load the usage of the last 30 days')}
          error={summary.error}
          onRetry={() => summary.refetch()}
          isRetrying={summary.isFetching}
        />
      )}
      {page.items.length === 0 ? (
        <EmptyState title={t('No keys match these filters')}>
          <Button
            variant="outline-secondary"
            onClick={() => update({ status: null, project: '', q: '' })}
          >
            {t('Clear filters')}
          </Button>
        </EmptyState>
      ) : (
        <KeysTable
          items={page.items}
          summary={summary.isError ? null : summary.data}
          now={current}
          {...rowProps}
        />
      )}
      <div className="d-flex flex-wrap align-items-center gap-3">
        {page.total !== null && (
          <span className="text-body-secondary small" role="status">
            {page.total === 1
              ? t('1 key')
              : t('{count} keys', { count: page.total })}
          </span>
        )}
        <Pager
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          hasNext={page.hasNext}
          hasPrev={page.hasPrev}
          onPage={(next) => update({ page: next })}
        />
      </div>
    </>
  );
}
