import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { t } from '@/lib/i18n';

interface McpSectionProps<T> {
  title: string;
  errorTitle: string;
  query: UseQueryResult<T[]>;
  filter: (items: T[]) => T[];
  emptyText: string;
  search: string;
  render: (items: T[]) => ReactNode;
}

/** One MCP list (tools or resources) with its load, empty and no-match states. */
export function McpSection<T>({
  title,
  errorTitle,
  query,
  filter,
  emptyText,
  search,
  render,
}: McpSectionProps<T>) {
  const all = query.data ?? [];
  const shown = filter(all);

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState />;
  } else if (query.isError) {
    body = (
      <ErrorState
        title={errorTitle}
        error={query.error}
        onRetry={() => query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  } else if (all.length === 0) {
    body = <p className="text-body-secondary small">{emptyText}</p>;
  } else if (shown.length === 0) {
    body = (
      <p className="text-body-secondary small">
        {t('Nothing matches “{search}”.', { search })}
      </p>
    );
  } else {
    body = render(shown);
  }

  return (
    <div className="mb-4">
      <h3 className="h6">
        {title}
        {query.isSuccess && all.length > 0 && (
          <span className="text-body-secondary fw-normal">
            {' '}
            {shown.length === all.length
              ? t('({count})', { count: all.length })
              : t('({shown} of {count})', {
                  shown: shown.length,
                  count: all.length,
                })}
          </span>
        )}
      </h3>
      {body}
    </div>
  );
}
