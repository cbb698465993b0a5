import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { OrganizationAgentsParams } from '../agentApi';
import { agentApi } from '../client';

/** Keys run from general to specific: `['agents', id]` covers an agent. */
export const agentKeys = {
  all: () => ['agents'] as const,
  lists: () => ['agents', 'list'] as const,
  list: (customerUuid: string, params: OrganizationAgentsParams) =>
    ['agents', 'list', customerUuid, params] as const,
  agent: (id: string) => ['agents', id] as const,
  detail: (id: string) => ['agents', id, 'detail'] as const,
  services: (id: string) => ['agents', id, 'services'] as const,
  mcpTools: (id: string) => ['agents', id, 'mcp', 'tools'] as const,
  mcpResources: (id: string) => ['agents', id, 'mcp', 'resources'] as const,
};

export const agentListQuery = (
  customerUuid: string,
  params: OrganizationAgentsParams,
) =>
  queryOptions({
    queryKey: agentKeys.list(customerUuid, params),
    queryFn: () => agentApi.listOrganizationAgents(params),
    placeholderData: keepPreviousData,
  });

export const agentQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.detail(id),
    queryFn: () => agentApi.getAgent(id),
  });

/** An agent's services with their processors (one page of up to 300). */
export const servicesQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.services(id),
    queryFn: () => agentApi.listServices({ identityUuid: id, pageSize: 300 }),
  });

export const mcpToolsQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.mcpTools(id),
    queryFn: () => agentApi.listMcpTools(id),
  });

export const mcpResourcesQuery = (id: string) =>
  queryOptions({
    queryKey: agentKeys.mcpResources(id),
    queryFn: () => agentApi.listMcpResources(id),
  });
