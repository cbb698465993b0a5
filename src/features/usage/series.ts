import type { UsageSummary } from '@/api/schemas';

export type UsageDay = UsageSummary['by_day'][number];
export type UsageTotals = UsageSummary['totals'];

/** The totals the days add up to; the server's totals must equal them. */
export function sumDays(days: UsageDay[]): UsageTotals {
  return days.reduce(
    (sum, day) => ({
      tokens_input: sum.tokens_input + day.tokens_input,
      tokens_output: sum.tokens_output + day.tokens_output,
      requests: sum.requests + day.requests,
    }),
    { tokens_input: 0, tokens_output: 0, requests: 0 },
  );
}

export function totalsEqual(a: UsageTotals, b: UsageTotals): boolean {
  return (
    a.tokens_input === b.tokens_input &&
    a.tokens_output === b.tokens_output &&
    a.requests === b.requests
  );
}

export function hasUsage(totals: UsageTotals): boolean {
  return totals.tokens_input + totals.tokens_output + totals.requests > 0;
}

/** The day with the most of `field`, or null for an empty series. */
export function peakDay(
  days: UsageDay[],
  field: keyof UsageTotals,
): UsageDay | null {
  let peak: UsageDay | null = null;
  for (const day of days) {
    if (peak === null || day[field] > peak[field]) peak = day;
  }
  return peak;
}
