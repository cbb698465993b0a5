import type { UsageSummary } from '@/api/schemas';
import { localized } from '@/lib/i18n';

import type { KeySort, SortColumn } from './usageSearchParams';

export type KeyUsage = UsageSummary['by_access'][number];

/** A key's usage plus its share of all requests in the range (0 to 1). */
export interface KeyRow extends KeyUsage {
  share: number;
}

export const KEYS_PAGE_SIZE = 25;

/** The share is of requests; a range without requests gives 0, not NaN. */
export function toKeyRows(summary: UsageSummary): KeyRow[] {
  const total = summary.totals.requests;
  return summary.by_access.map((key) => ({
    ...key,
    share: total > 0 ? key.requests / total : 0,
  }));
}

const collator = localized(
  (locale) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
);

/** The schema guarantees an offset on timestamps; never used is oldest. */
function lastUsedMs(row: KeyRow): number {
  return row.last_used_at === null ? 0 : Date.parse(row.last_used_at);
}

type Compare = (a: KeyRow, b: KeyRow) => number;

const COMPARE: Record<SortColumn, Compare> = {
  name: (a, b) => collator().compare(a.access_name, b.access_name),
  prefix: (a, b) => collator().compare(a.key_prefix, b.key_prefix),
  tokens_in: (a, b) => a.tokens_input - b.tokens_input,
  tokens_out: (a, b) => a.tokens_output - b.tokens_output,
  requests: (a, b) => a.requests - b.requests,
  share: (a, b) => a.share - b.share,
  last_used: (a, b) => lastUsedMs(a) - lastUsedMs(b),
};

/** Sorted copy; ties fall back to the name so pages are stable. */
export function sortKeyRows(rows: KeyRow[], sort: KeySort): KeyRow[] {
  const compare = COMPARE[sort.column];
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) =>
      direction * compare(a, b) ||
      COMPARE.name(a, b) ||
      a.access.localeCompare(b.access),
  );
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / KEYS_PAGE_SIZE));
}

export function pageOf<T>(rows: T[], page: number): T[] {
  const start = (page - 1) * KEYS_PAGE_SIZE;
  return rows.slice(start, start + KEYS_PAGE_SIZE);
}
