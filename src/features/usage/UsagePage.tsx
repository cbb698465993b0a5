import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useSearchParams } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import { agentQuery } from '@/api/queries/agentQueries';
import { usageSummaryQuery } from '@/api/queries/usageQueries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/config/routes';
import { now } from '@/lib/clock';
import { t } from '@/lib/i18n';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { dailyCsv, keysCsv } from './csv';
import { daysInRange, formatDay, utcDay } from './dateRange';
import { ExportButtons } from './ExportButtons';
import { KeyUsageTable } from './KeyUsageTable';
import { sortKeyRows, toKeyRows } from './keyRows';
import { RangePicker } from './RangePicker';
import { describeRangeProblem } from './rangeMessages';
import { UsageCharts } from './UsageCharts';
import { UsageTotals } from './UsageTotals';
import {
  readUsageView,
  summaryParams,
  withKeys,
  withPage,
  withRange,
  withSort,
} from './usageSearchParams';

/** Tokens and requests of one agent per UTC day and per key. */
export function UsagePage() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = utcDay(now());
  const view = readUsageView(searchParams, today);
  const agent = useQuery(agentQuery(agentId));
  // One summary request per view: totals, every day and every key at once.
  const summary = useQuery({
    ...usageSummaryQuery(summaryParams(agentId, view)),
    placeholderData: keepPreviousData,
    // The agent frame started it; a failure there is not sent again.
    retryOnMount: false,
  });
  const rows = useMemo(
    () => (summary.data ? toKeyRows(summary.data) : []),
    [summary.data],
  );

  const isLegacy = isApiError(summary.error) && summary.error.status === 404;
  const keyLink = (name: string) =>
    `${routes.keys(orgUuid, agentId)}?${new URLSearchParams({ q: name })}`;
  const buildCsv = (kind: 'by-day' | 'by-key') =>
    kind === 'by-day'
      ? dailyCsv(summary.data?.by_day ?? [])
      : keysCsv(sortKeyRows(rows, view.sort));

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3 mb-2">
        <RangePicker
          key={`${view.from}_${view.to}`}
          choice={view.choice}
          from={view.from}
          to={view.to}
          today={today}
          onChange={(choice) =>
            setSearchParams(withRange(searchParams, choice))
          }
        />
        {summary.isSuccess && (
          <ExportButtons
            agentName={agent.data?.name ?? agentId}
            from={view.from}
            to={view.to}
            buildCsv={buildCsv}
          />
        )}
      </div>
      <p className="text-body-secondary small">
        {t('{from} to {to} ({days} days). All dates are UTC days.', {
          from: formatDay(view.from),
          to: formatDay(view.to),
          days: daysInRange(view.from, view.to),
        })}{' '}
        {summary.isPlaceholderData && (
          <span role="status">{t('Updating…')}</span>
        )}
      </p>
      {view.urlProblem && (
        <Alert variant="warning">
          {t(
            'The range in the link cannot be shown: {reason} Showing the last 30 days instead.',
            {
              reason: describeRangeProblem(view.urlProblem, today),
            },
          )}
        </Alert>
      )}
      {summary.isPending && <LoadingState label={t('Loading usage…')} />}
      {isLegacy && (
        <EmptyState title={t('Usage metering is not available on this server')}>
          <p className="mb-0 text-body-secondary">
            {t('This Waldur does not count usage of agent keys yet.')}
          </p>
        </EmptyState>
      )}
      {summary.isError && !isLegacy && (
        <ErrorState
          title={t('Unable to load usage')}
          error={summary.error}
          onRetry={() => summary.refetch()}
          isRetrying={summary.isFetching}
        />
      )}
      {summary.isSuccess && (
        <div className={summary.isPlaceholderData ? 'opacity-50' : undefined}>
          <UsageTotals
            totals={summary.data.totals}
            days={summary.data.by_day}
          />
          <UsageCharts days={summary.data.by_day} />
          <KeyUsageTable
            key={view.keys.join(',')}
            rows={rows}
            sort={view.sort}
            page={view.page}
            filterKeys={view.keys}
            keyLink={keyLink}
            onSort={(sort) => setSearchParams(withSort(searchParams, sort))}
            onPage={(page) => setSearchParams(withPage(searchParams, page))}
            onFilter={(keys) => setSearchParams(withKeys(searchParams, keys))}
          />
        </div>
      )}
    </>
  );
}
