import { http, HttpResponse } from 'msw';

import type { UsageSummary } from '@/api/schemas';

import { addDays, daysInRange } from './dateRange';

/*
 * Test-only helpers: a summary answer shaped like the contract's, and a
 * handler that records each summary request before the mock answers it.
 */
export const SUMMARY_URL = '*/api/marketplace-site-agent-usage/summary/';

type KeyUsage = UsageSummary['by_access'][number];

export function keyUsage(
  index: number,
  name: string,
  extra: Partial<KeyUsage> = {},
): KeyUsage {
  return {
    access: index.toString(16).padStart(32, '0'),
    access_name: name,
    key_prefix: `sak_${String(index).padStart(4, '0')}`,
    tokens_input: 100 * index,
    tokens_output: 50 * index,
    requests: index,
    last_used_at: '2026-11-29T10:15:30.123456Z',
    ...extra,
  };
}

/** A consistent summary: days from the request, totals from the keys. */
export function summaryFor(url: URL, keys: KeyUsage[]): UsageSummary {
  const from = url.searchParams.get('date_from') ?? '2026-11-24';
  const to = url.searchParams.get('date_to') ?? '2026-11-30';
  const count = daysInRange(from, to);
  const share = (value: number, day: number) =>
    Math.floor(value / count) + (day === 0 ? value % count : 0);
  const totals = {
    tokens_input: keys.reduce((sum, key) => sum + key.tokens_input, 0),
    tokens_output: keys.reduce((sum, key) => sum + key.tokens_output, 0),
    requests: keys.reduce((sum, key) => sum + key.requests, 0),
  };
  const byDay = Array.from({ length: count }, (_, day) => ({
    date: addDays(from, day),
    tokens_input: share(totals.tokens_input, day),
    tokens_output: share(totals.tokens_output, day),
    requests: share(totals.requests, day),
  }));
  return { totals, by_day: byDay, by_access: keys };
}

/** Answers every summary request with these keys spread over the days. */
export function answerWith(keys: KeyUsage[]) {
  return http.get(SUMMARY_URL, ({ request }) =>
    HttpResponse.json(summaryFor(new URL(request.url), keys)),
  );
}

/** Records summary requests and lets the next handler answer them. */
export function recordSummaryRequests() {
  const requests: URL[] = [];
  const handler = http.get(SUMMARY_URL, ({ request }) => {
    requests.push(new URL(request.url));
  });
  return { handler, requests };
}
