import { usageSummaryQuery } from '@/api/queries/usageQueries';
import { now } from '@/lib/clock';
import type { PagePrefetch } from '@/lib/prefetch';

import { utcDay } from './dateRange';
import { readUsageView, summaryParams } from './usageSearchParams';

export const prefetchUsagePage: PagePrefetch = (
  queryClient,
  { agentId, search },
) => {
  const view = readUsageView(search, utcDay(now()));
  void queryClient.prefetchQuery(
    usageSummaryQuery(summaryParams(agentId, view)),
  );
};
