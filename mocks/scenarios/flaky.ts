import { http } from 'msw';

import { API_REQUEST, failWith } from './api';
import type { Scenario } from './types';

export const FLAKY_RATE = 0.25;
export const FLAKY_SEED = 20261130;
export const UNAVAILABLE = 'Service temporarily unavailable, try again later.';

/** A 32-bit mix (murmur3's finalizer): a hash, not a sequence. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}

/**
 * A counter-based PRNG: the n-th attempt of a request (method and URL)
 * draws a number from (seed, request, n) alone. The same requests fail on
 * every run, whatever order parallel requests arrive in, and a retry of a
 * failed request draws again.
 */
export function flakyDraw(seed: number, request: string, attempt: number) {
  return mix(mix(seed ^ hashText(request)) + attempt) / 4294967296;
}

export const flakyScenario: Scenario = {
  name: 'flaky',
  handlers: ({ failureRate = FLAKY_RATE, seed = FLAKY_SEED }) => {
    // Fresh counters each time the scenario is applied.
    const attempts = new Map<string, number>();
    return [
      http.all(API_REQUEST, ({ request }) => {
        const url = new URL(request.url);
        const key = `${request.method} ${url.pathname}${url.search}`;
        const attempt = attempts.get(key) ?? 0;
        attempts.set(key, attempt + 1);
        if (flakyDraw(seed, key, attempt) >= failureRate) return undefined;
        return failWith(request, 503, UNAVAILABLE);
      }),
    ];
  },
};
