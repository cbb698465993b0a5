import { queryOptions } from '@tanstack/react-query';

import { agentApi } from '../client';

export const widgetKeys = {
  all: (agentId: string) => ['agents', agentId, 'widgets'] as const,
  list: (agentId: string, page: number) =>
    ['agents', agentId, 'widgets', 'list', page] as const,
};

export const widgetsQuery = (agentId: string, page = 1) =>
  queryOptions({
    queryKey: widgetKeys.list(agentId, page),
    queryFn: () =>
      agentApi.listWidgets({ identityUuid: agentId, page, pageSize: 50 }),
  });
