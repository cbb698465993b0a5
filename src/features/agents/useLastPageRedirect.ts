import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { OrganizationAgentsParams } from '@/api/agentApi';
import { isApiError } from '@/api/errors';
import type { Page } from '@/api/http';
import { agentListQuery } from '@/api/queries/agentQueries';
import type { Agent } from '@/api/schemas';

interface ListParams extends OrganizationAgentsParams {
  page: number;
  pageSize: number;
}

/**
 * A page past the end (an old link, or the last row of the last page just
 * deleted) moves to the last page that exists instead of showing an error.
 * Waldur answers 404 "Invalid page." for one offering; the merged list of
 * several comes back empty with its total. Returns true while moving.
 */
export function useLastPageRedirect(
  orgUuid: string,
  params: ListParams,
  query: UseQueryResult<Page<Agent>>,
  goToPage: (page: number) => void,
): boolean {
  const queryClient = useQueryClient();
  const { page, pageSize } = params;
  const isInvalidPage =
    page > 1 &&
    query.isError &&
    isApiError(query.error) &&
    query.error.status === 404;
  const isEmptyPage =
    page > 1 &&
    query.isSuccess &&
    !query.isPlaceholderData &&
    query.data.items.length === 0;
  const knownTotal = isEmptyPage ? query.data.total : null;
  const isPastEnd = isInvalidPage || isEmptyPage;

  useEffect(() => {
    if (!isPastEnd) return;
    let isCancelled = false;
    const lastPageOf = (total: number | null) =>
      total === null ? 1 : Math.max(1, Math.ceil(total / pageSize));

    const findLastPage = async () => {
      if (knownTotal !== null) return lastPageOf(knownTotal);
      try {
        const first = await queryClient.fetchQuery(
          agentListQuery(orgUuid, { ...params, page: 1 }),
        );
        return lastPageOf(first.total);
      } catch {
        return 1;
      }
    };

    void findLastPage().then((last) => {
      // Never stay on (or go past) the page that just proved to be empty.
      if (!isCancelled) goToPage(Math.min(last, page - 1));
    });
    return () => {
      isCancelled = true;
    };
  }, [
    isPastEnd,
    knownTotal,
    orgUuid,
    params,
    page,
    pageSize,
    queryClient,
    goToPage,
  ]);

  return isPastEnd;
}
