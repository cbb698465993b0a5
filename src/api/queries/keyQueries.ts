import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { AccessKeyParams } from '../agentApi';
import { agentApi } from '../client';

export const keyKeys = {
  all: (agentId: string) => ['agents', agentId, 'keys'] as const,
  list: (agentId: string, params: AccessKeyParams) =>
    ['agents', agentId, 'keys', params] as const,
};

export const accessKeysQuery = (params: AccessKeyParams) =>
  queryOptions({
    queryKey: keyKeys.list(params.identityUuid, params),
    queryFn: () => agentApi.listAccessKeys(params),
    placeholderData: keepPreviousData,
  });
