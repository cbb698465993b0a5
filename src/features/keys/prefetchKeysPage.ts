import { projectsQuery } from '@/api/queries/accountQueries';
import { accessKeysQuery } from '@/api/queries/keyQueries';
import { usageSummaryQuery } from '@/api/queries/usageQueries';
import { now } from '@/lib/clock';
import type { PagePrefetch } from '@/lib/prefetch';

import { readKeySearch, toServerParams, usageWindow } from './keyListParams';

export const prefetchKeysPage: PagePrefetch = (
  queryClient,
  { orgUuid, agentId, search },
) => {
  const view = readKeySearch(search);
  void queryClient.prefetchQuery(
    accessKeysQuery(toServerParams(agentId, view)),
  );
  void queryClient.prefetchQuery(
    usageSummaryQuery({ identityUuid: agentId, ...usageWindow(now()) }),
  );
  void queryClient.prefetchQuery(projectsQuery(orgUuid));
};
