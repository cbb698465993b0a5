import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/api/errors';
import { reportError } from '@/lib/report';

const MAX_RETRIES = 3;

/** Retry what a real network recovers from; never other 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error) || failureCount >= MAX_RETRIES) return false;
  if (error.status === 429) return true;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.status >= 500;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== null) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(500 * 2 ** attempt, 8000);
}

export interface QueryClientHooks {
  /** Called once per 401: the session is gone. */
  onUnauthorized?: () => void;
}

export function createQueryClient(hooks: QueryClientHooks = {}) {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) {
      hooks.onUnauthorized?.();
      return;
    }
    if (isApiError(error) && error.kind === 'unexpected') {
      reportError(error, 'unexpected response');
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
