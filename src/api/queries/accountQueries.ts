import { queryOptions } from '@tanstack/react-query';

import { agentApi } from '../client';

export const accountKeys = {
  me: () => ['account', 'me'] as const,
  customer: (uuid: string) => ['customers', uuid] as const,
  projects: (customerUuid: string) => ['projects', customerUuid] as const,
  offerings: (customerUuid: string) => ['offerings', customerUuid] as const,
};

export const currentUserQuery = () =>
  queryOptions({
    queryKey: accountKeys.me(),
    queryFn: () => agentApi.getCurrentUser(),
    staleTime: 5 * 60_000,
  });

export const customerQuery = (uuid: string) =>
  queryOptions({
    queryKey: accountKeys.customer(uuid),
    queryFn: () => agentApi.getCustomer(uuid),
    staleTime: 5 * 60_000,
  });

/** Up to 300 projects: enough for a picker; the picker says when cut. */
export const projectsQuery = (customerUuid: string) =>
  queryOptions({
    queryKey: accountKeys.projects(customerUuid),
    queryFn: () => agentApi.listProjects({ customerUuid, pageSize: 300 }),
    staleTime: 5 * 60_000,
  });

export const agentOfferingsQuery = (customerUuid: string) =>
  queryOptions({
    queryKey: accountKeys.offerings(customerUuid),
    queryFn: () => agentApi.listAgentOfferings({ customerUuid }),
    staleTime: 5 * 60_000,
  });
