import type { UseQueryResult } from '@tanstack/react-query';

import type { Page } from '@/api/http';
import type { Agent, Offering } from '@/api/schemas';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { t } from '@/lib/i18n';

import { NoAgentsState, NoMatchState } from './AgentEmptyStates';
import { AgentTable } from './AgentTable';
import type { AgentListSearch } from './useAgentListSearch';

interface AgentListBodyProps {
  orgUuid: string;
  offerings: Offering[];
  offeringNames: Map<string, string>;
  search: AgentListSearch;
  update: (changes: Partial<AgentListSearch>) => void;
  query: UseQueryResult<Page<Agent>>;
  readOnlyReasonId: string;
  onDelete: (agent: Agent) => void;
}

/** Loading, error with Retry, the two empty states, or the table. */
export function AgentListBody({
  orgUuid,
  offerings,
  offeringNames,
  search,
  update,
  query,
  readOnlyReasonId,
  onDelete,
}: AgentListBodyProps) {
  if (query.isPending) return <LoadingState label={t('Loading agents…')} />;

  // A failed refetch keeps the rows it had; the error shows above them.
  const error = query.isError && (
    <ErrorState
      title={t('Unable to load agents')}
      error={query.error}
      onRetry={() => void query.refetch()}
      isRetrying={query.isFetching}
    />
  );
  if (!query.data) return error;

  const { items, total, hasNext, hasPrev, pageSize } = query.data;
  if (items.length === 0) {
    const isFiltered = search.name !== '' || search.offering !== '';
    return (
      <>
        {error}
        {isFiltered ? (
          <NoMatchState onClear={() => update({ name: '', offering: '' })} />
        ) : (
          <NoAgentsState offerings={offerings} />
        )}
      </>
    );
  }

  return (
    <>
      {error}
      <div
        aria-busy={query.isPlaceholderData}
        className={query.isPlaceholderData ? 'opacity-50' : undefined}
      >
        <AgentTable
          orgUuid={orgUuid}
          agents={items}
          offeringNames={offeringNames}
          readOnlyReasonId={readOnlyReasonId}
          onDelete={onDelete}
        />
      </div>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-3">
        <span className="text-body-secondary" role="status">
          {total === null
            ? null
            : total === 1
              ? t('1 agent')
              : t('{count} agents', { count: total })}
        </span>
        <Pager
          page={search.page}
          pageSize={pageSize}
          total={total}
          hasNext={hasNext}
          hasPrev={hasPrev}
          onPage={(page) => update({ page })}
        />
      </div>
    </>
  );
}
