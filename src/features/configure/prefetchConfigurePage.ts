import { agentOfferingsQuery } from '@/api/queries/accountQueries';
import {
  mcpResourcesQuery,
  mcpToolsQuery,
  servicesQuery,
} from '@/api/queries/agentQueries';
import type { PagePrefetch } from '@/lib/prefetch';

export const prefetchConfigurePage: PagePrefetch = (
  queryClient,
  { orgUuid, agentId },
) => {
  void queryClient.prefetchQuery(agentOfferingsQuery(orgUuid));
  void queryClient.prefetchQuery(servicesQuery(agentId));
  void queryClient.prefetchQuery(mcpToolsQuery(agentId));
  void queryClient.prefetchQuery(mcpResourcesQuery(agentId));
};
