import type { AccessKeyParams, KeyOrdering } from '@/api/agentApi';
import type { Page } from '@/api/http';
import type { AccessKey } from '@/api/schemas';

import {
  EXPIRES_SOON_DAYS,
  matchesStatus,
  STATUS_FILTERS,
  type StatusFilter,
} from './keyStatus';

/** The list's shareable state: `?status=&project=&q=&o=&page=`. */
export interface KeyListSearch {
  status: StatusFilter | null;
  project: string;
  /** Part of a key's name: the server's `name` filter (contains). */
  q: string;
  ordering: KeyOrdering;
  page: number;
}

export const ORDERINGS: KeyOrdering[] = [
  '-created',
  'created',
  'name',
  '-name',
  'expires_at',
  '-expires_at',
  '-last_used_at',
  'last_used_at',
];

export const DEFAULT_ORDERING: KeyOrdering = '-created';
export const KEYS_PAGE_SIZE = 10;

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function readKeySearch(params: URLSearchParams): KeyListSearch {
  const status = params.get('status');
  const ordering = params.get('o');
  return {
    status: STATUS_FILTERS.find((s) => s === status) ?? null,
    project: params.get('project') ?? '',
    q: params.get('q') ?? '',
    ordering: ORDERINGS.find((o) => o === ordering) ?? DEFAULT_ORDERING,
    page: readPage(params.get('page')),
  };
}

/**
 * Whether the status is worked out here rather than by the server. Waldur's
 * filter knows only `is_active`; expiry lives in the key's date.
 */
export function isDateStatus(status: StatusFilter | null): boolean {
  return status === 'expiring' || status === 'expired';
}

/**
 * The server query for a view. "Expires soon" and "expired" ask for active
 * keys ordered by expiry, soonest first: the keys that match then come
 * first, in order, and the page is cut where they end (see narrowPage).
 */
export function toServerParams(
  agentId: string,
  search: KeyListSearch,
): AccessKeyParams {
  return {
    identityUuid: agentId,
    projectUuid: search.project || undefined,
    name: search.q.trim() || undefined,
    isActive: search.status === null ? undefined : search.status !== 'revoked',
    ordering: isDateStatus(search.status) ? 'expires_at' : search.ordering,
    page: search.page,
    pageSize: KEYS_PAGE_SIZE,
  };
}

function isPastWindow(key: AccessKey, status: StatusFilter, now: Date) {
  if (key.expires_at === null) return true;
  const limit =
    status === 'expired'
      ? now.getTime()
      : now.getTime() + EXPIRES_SOON_DAYS * 24 * 60 * 60 * 1000;
  return Date.parse(key.expires_at) > limit;
}

/**
 * Keeps the keys of a date status on a server page ordered by expiry. Once a
 * key past the window shows (a later date, or none: Waldur's PostgreSQL
 * sorts nulls last on ascending order), no later page can match, so there
 * is no next page. The total is unknown: the server cannot count them.
 */
export function narrowPage(
  page: Page<AccessKey>,
  status: StatusFilter | null,
  now: Date,
): Page<AccessKey> {
  if (status === null || !isDateStatus(status)) return page;
  const isDone = page.items.some((key) => isPastWindow(key, status, now));
  return {
    ...page,
    items: page.items.filter((key) => matchesStatus(key, status, now)),
    total: null,
    hasNext: page.hasNext && !isDone,
  };
}

/**
 * The usage window of the list: the last 30 UTC days including today, as
 * usage is counted per UTC day. Stable within a day, so the summary is one
 * request for every page, filter and sort of the list.
 */
export function usageWindow(now: Date): { dateFrom: string; dateTo: string } {
  const day = 24 * 60 * 60 * 1000;
  return {
    dateFrom: new Date(now.getTime() - 29 * day).toISOString().slice(0, 10),
    dateTo: now.toISOString().slice(0, 10),
  };
}
