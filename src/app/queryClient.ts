import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/api/errors';
import { noteTokenAccepted } from '@/api/session';
import { reportError } from '@/lib/report';

const MAX_RETRIES = 3;
/*
 * A 429 asking for a longer wait is shown at once, with the server's
 * reason, rather than behind a spinner for minutes (or, past the 24.8 days
 * a browser timer holds, retried at once).
 */
const MAX_RETRY_AFTER_SECONDS = 60;
/* A server that let one 30 s request stall is asked once more, not thrice. */
const MAX_TIMEOUT_RETRIES = 1;

/** Retry what a real network recovers from; never other 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error) || failureCount >= MAX_RETRIES) return false;
  if (error.status === 429) {
    return (
      error.retryAfterSeconds === null ||
      error.retryAfterSeconds <= MAX_RETRY_AFTER_SECONDS
    );
  }
  if (error.kind === 'timeout') return failureCount < MAX_TIMEOUT_RETRIES;
  if (error.kind === 'network') return true;
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
  // A success proves the token in use: a later 401 then reads as a session
  // that ended, not as a typed token the server never took.
  const onSuccess = () => noteTokenAccepted();
  return new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({ onError, onSuccess }),
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
