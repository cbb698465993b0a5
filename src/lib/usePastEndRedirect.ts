import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { isApiError } from '@/api/errors';
import type { Page } from '@/api/http';

interface PastEndOptions {
  page: number;
  pageSize: number;
  /** The page shown; past the end Waldur answers 404 "Invalid page.". */
  query: UseQueryResult<Page<unknown>>;
  /** Page 1 of the same list, whose total says where the list ends. */
  fetchFirstPage: () => Promise<Page<unknown>>;
  goToPage: (page: number) => void;
}

/**
 * A page past the end (an old link, or the last row of the last page just
 * removed) moves in one step to the last page that exists, instead of
 * showing an error or stepping back a page at a time. An empty page that
 * came with its total needs no further request. Returns true while moving.
 */
export function usePastEndRedirect({
  page,
  pageSize,
  query,
  fetchFirstPage,
  goToPage,
}: PastEndOptions): boolean {
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
  // The latest callbacks, without restarting the search on every render.
  const latest = useRef({ fetchFirstPage, goToPage });
  useEffect(() => {
    latest.current = { fetchFirstPage, goToPage };
  });

  useEffect(() => {
    if (!isPastEnd) return;
    let isCancelled = false;
    const lastPageOf = (total: number | null) =>
      total === null ? 1 : Math.max(1, Math.ceil(total / pageSize));

    const findLastPage = async () => {
      if (knownTotal !== null) return lastPageOf(knownTotal);
      try {
        return lastPageOf((await latest.current.fetchFirstPage()).total);
      } catch {
        return 1;
      }
    };

    void findLastPage().then((last) => {
      // Never stay on (or go past) the page that just proved to be empty.
      if (!isCancelled) latest.current.goToPage(Math.min(last, page - 1));
    });
    return () => {
      isCancelled = true;
    };
  }, [isPastEnd, knownTotal, page, pageSize]);

  return isPastEnd;
}
