import { http } from 'msw';

import { PROVISIONAL_PATHS } from '@/api/paths';
import type { UsageSummary } from '@/api/schemas';
import { now } from '@/lib/clock';

import { db } from '../db';
import { dateFilter, uuidFilter, uuidsFilter } from '../http/filters';
import { paginate } from '../http/pagination';
import { json, ValidationError } from '../http/responses';
import { api, authed, listRoute, type Ctx } from '../http/routes';
import type { UsageRecordRow } from '../records';
import { toUsage } from '../serializers';
import { addDays, DAY, dateRange, utcDate } from '../time';
import { visibleIdentityUuids } from './lookup';

/** The summary's default window: the last 30 UTC days, today included. */
export const DEFAULT_SUMMARY_DAYS = 30;
/** A longer summary would be an accident, and a slow one. */
const MAX_SUMMARY_DAYS = 1000;

function filteredRows(ctx: Ctx, from?: string, to?: string) {
  const visible = visibleIdentityUuids(ctx.user);
  const identity = uuidFilter(ctx.query, 'identity_uuid');
  const accesses = uuidsFilter(ctx.query, 'access_uuid');
  const keyIdentity = new Map(db.accessKeys.map((k) => [k.uuid, k.identity]));

  return db.usage.filter((u) => {
    const owner = keyIdentity.get(u.access);
    return (
      owner !== undefined &&
      visible.has(owner) &&
      (identity === undefined || owner === identity) &&
      (accesses.length === 0 || accesses.includes(u.access)) &&
      (from === undefined || u.date >= from) &&
      (to === undefined || u.date <= to)
    );
  });
}

const byDateThenKey = (a: UsageRecordRow, b: UsageRecordRow) =>
  a.date.localeCompare(b.date) || a.created.localeCompare(b.created);

/** Per-key, per-day rows, oldest day first. */
const list = listRoute(PROVISIONAL_PATHS.usage, (ctx) => {
  const from = dateFilter(ctx.query, 'date_from');
  const to = dateFilter(ctx.query, 'date_to');
  const rows = filteredRows(ctx, from, to).sort(byDateThenKey);
  return paginate(ctx.request, rows, toUsage);
});

function summaryRange(ctx: Ctx): { from: string; to: string } {
  const today = utcDate(now());
  const to = dateFilter(ctx.query, 'date_to') ?? today;
  const from =
    dateFilter(ctx.query, 'date_from') ??
    addDays(to, -(DEFAULT_SUMMARY_DAYS - 1));
  if (from > to) {
    throw new ValidationError({
      non_field_errors: ['date_from must not be later than date_to.'],
    });
  }
  const days = (Date.parse(to) - Date.parse(from)) / DAY + 1;
  if (days > MAX_SUMMARY_DAYS) {
    throw new ValidationError({
      non_field_errors: [
        `The range may span at most ${MAX_SUMMARY_DAYS} days.`,
      ],
    });
  }
  return { from, to };
}

const zero = () => ({ tokens_input: 0, tokens_output: 0, requests: 0 });

function add(total: ReturnType<typeof zero>, row: UsageRecordRow): void {
  total.tokens_input += row.tokens_input;
  total.tokens_output += row.tokens_output;
  total.requests += row.requests;
}

/**
 * Totals, every day of the range (zeros included, so a chart needs no gap
 * filling) and each key that was used in it, busiest first.
 */
const summary = http.get(
  api(PROVISIONAL_PATHS.usageSummary),
  authed((ctx) => {
    const { from, to } = summaryRange(ctx);
    const rows = filteredRows(ctx, from, to);
    const totals = zero();
    const days = new Map(dateRange(from, to).map((d) => [d, zero()]));
    const perKey = new Map<string, ReturnType<typeof zero>>();
    for (const row of rows) {
      add(totals, row);
      const day = days.get(row.date);
      if (day) add(day, row);
      const key = perKey.get(row.access) ?? zero();
      add(key, row);
      perKey.set(row.access, key);
    }

    const byAccess = [...perKey.entries()].map(([access, counts]) => {
      const key = db.accessKeys.find((k) => k.uuid === access);
      return {
        access,
        access_name: key?.name ?? '',
        key_prefix: key?.key_prefix ?? '',
        ...counts,
        last_used_at: key?.last_used_at ?? null,
      };
    });
    byAccess.sort(
      (a, b) =>
        b.tokens_input + b.tokens_output - (a.tokens_input + a.tokens_output) ||
        a.access_name.localeCompare(b.access_name),
    );
    const body: UsageSummary = {
      totals,
      by_day: [...days.entries()].map(([date, counts]) => ({
        date,
        ...counts,
      })),
      by_access: byAccess,
    };
    return json(body);
  }),
);

export const usageHandlers = [summary, ...list];
