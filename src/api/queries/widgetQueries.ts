import { queryOptions } from '@tanstack/react-query';

import { agentApi } from '../client';

export const widgetKeys = {
  all: (agentId: string) => ['agents', agentId, 'widgets'] as const,
  list: (agentId: string, page: number) =>
    ['agents', agentId, 'widgets', 'list', page] as const,
  detail: (agentId: string, uuid: string) =>
    ['agents', agentId, 'widgets', 'detail', uuid] as const,
};

/** An agent has a handful of widgets; a page holds more than most have. */
export const WIDGETS_PAGE_SIZE = 50;

export const widgetsQuery = (agentId: string, page = 1) =>
  queryOptions({
    queryKey: widgetKeys.list(agentId, page),
    queryFn: () =>
      agentApi.listWidgets({
        identityUuid: agentId,
        page,
        pageSize: WIDGETS_PAGE_SIZE,
      }),
  });

/** One widget by its uuid, kept under its agent so saves refresh it too. */
export const widgetQuery = (agentId: string, uuid: string) =>
  queryOptions({
    queryKey: widgetKeys.detail(agentId, uuid),
    queryFn: () => agentApi.getWidget(uuid),
  });
