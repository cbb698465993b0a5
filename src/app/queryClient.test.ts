import { describe, expect, it } from 'vitest';

import { ApiError } from '@/api/errors';

import { retryDelay, shouldRetry } from './queryClient';

const httpError = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError({ kind: 'http', status, retryAfterSeconds });

describe('retry policy', () => {
  it('retries server errors, 429 and network failures a few times', () => {
    expect(shouldRetry(0, httpError(503))).toBe(true);
    expect(shouldRetry(0, httpError(429))).toBe(true);
    expect(shouldRetry(0, new ApiError({ kind: 'network', status: 0 }))).toBe(
      true,
    );
    expect(shouldRetry(3, httpError(503))).toBe(false);
  });

  it('asks a stalled server once more, not thrice', () => {
    const timeout = new ApiError({ kind: 'timeout', status: 0 });
    expect(shouldRetry(0, timeout)).toBe(true);
    expect(shouldRetry(1, timeout)).toBe(false);
  });

  it('shows a 429 at once when it asks for more than a minute', () => {
    expect(shouldRetry(0, httpError(429, 60))).toBe(true);
    expect(shouldRetry(0, httpError(429, 61))).toBe(false);
    expect(shouldRetry(0, httpError(429, 3600))).toBe(false);
  });

  it('never retries other client errors', () => {
    for (const status of [400, 401, 403, 404, 405, 409]) {
      expect(shouldRetry(0, httpError(status))).toBe(false);
    }
  });

  it('waits as Retry-After says, otherwise backs off', () => {
    expect(retryDelay(0, httpError(429, 2))).toBe(2000);
    expect(retryDelay(1, httpError(503))).toBeLessThan(
      retryDelay(2, httpError(503)),
    );
  });
});
