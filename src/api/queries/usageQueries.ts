import { queryOptions } from '@tanstack/react-query';

import type { UsageParams } from '../agentApi';
import { agentApi } from '../client';

export const usageKeys = {
  all: (agentId: string) => ['agents', agentId, 'usage'] as const,
  summary: (params: UsageParams) =>
    ['agents', params.identityUuid, 'usage', 'summary', params] as const,
};

export const usageSummaryQuery = (params: UsageParams) =>
  queryOptions({
    queryKey: usageKeys.summary(params),
    queryFn: () => agentApi.getUsageSummary(params),
  });
