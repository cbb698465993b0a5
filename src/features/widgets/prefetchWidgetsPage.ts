import { widgetsQuery } from '@/api/queries/widgetQueries';
import type { PagePrefetch } from '@/lib/prefetch';

/** The list page of `?page=`: a positive whole number, else the first. */
export function widgetPageFrom(search: URLSearchParams): number {
  const value = search.get('page');
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

export const prefetchWidgetsPage: PagePrefetch = (
  queryClient,
  { agentId, search },
) => {
  void queryClient.prefetchQuery(widgetsQuery(agentId, widgetPageFrom(search)));
};
