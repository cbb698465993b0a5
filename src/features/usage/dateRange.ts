/**
 * UTC calendar dates as `YYYY-MM-DD` strings. Usage is counted per UTC day,
 * so every step here goes through Date.UTC and toISOString: a date string is
 * never handed to the Date parser, which would read it in local time on
 * some engines and shift the day for people west of Greenwich.
 */
import { localized } from '@/lib/i18n';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The longest range the page asks for: a leap year plus a day of slack. */
export const MAX_RANGE_DAYS = 366;

/** Milliseconds since the epoch at 00:00 UTC of a valid date, else null. */
function toUtcMs(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day);
  return fromUtcMs(ms) === date ? ms : null;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date itself when it exists on the calendar, else null. */
export function parseIsoDate(value: string | null): string | null {
  return value !== null && toUtcMs(value) !== null ? value : null;
}

/** The UTC day an instant falls on. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const ms = toUtcMs(date);
  if (ms === null) throw new RangeError(`Not a date: ${date}`);
  return fromUtcMs(ms + days * DAY_MS);
}

/** Days from `from` to `to`, both included (0 when `to` is before). */
export function daysInRange(from: string, to: string): number {
  const start = toUtcMs(from);
  const end = toUtcMs(to);
  if (start === null || end === null || end < start) return 0;
  return Math.round((end - start) / DAY_MS) + 1;
}

/** The last `days` UTC days, ending with (and including) `today`. */
export function presetRange(days: number, today: string) {
  return { from: addDays(today, 1 - days), to: today };
}

export type RangeProblem =
  'invalid-date' | 'from-after-to' | 'in-future' | 'too-long';

/** Why a custom range cannot be shown, or null when it can. */
export function checkRange(
  from: string,
  to: string,
  today: string,
): RangeProblem | null {
  if (!parseIsoDate(from) || !parseIsoDate(to)) return 'invalid-date';
  if (from > to) return 'from-after-to';
  if (to > today) return 'in-future';
  if (daysInRange(from, to) > MAX_RANGE_DAYS) return 'too-long';
  return null;
}

const dayFormat = localized(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    }),
);

/** A date for people, e.g. "Nov 30, 2026", read as the UTC day it names. */
export function formatDay(date: string): string {
  const ms = toUtcMs(date);
  return ms === null ? date : dayFormat().format(ms);
}

const shortDayFormat = localized(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
    }),
);

/** A day for a chart axis, e.g. "Nov 30". */
export function formatShortDay(date: string): string {
  const ms = toUtcMs(date);
  return ms === null ? date : shortDayFormat().format(ms);
}

/** Seconds since the epoch at 00:00 UTC, the x value the chart plots. */
export function dayToEpochSeconds(date: string): number {
  return (toUtcMs(date) ?? 0) / 1000;
}
