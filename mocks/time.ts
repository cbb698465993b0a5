import { now } from '@/lib/clock';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Waldur's timestamp form: UTC, microseconds, `Z`. */
export function isoMicro(date: Date, micros = 0): string {
  const fraction = String(micros % 1000).padStart(3, '0');
  return date.toISOString().replace('Z', `${fraction}Z`);
}

let lastStamp = '';

/**
 * The current mock time as a timestamp, strictly increasing between calls,
 * so that objects created in one millisecond keep their creation order.
 */
export function stamp(): string {
  let next = isoMicro(now());
  if (next <= lastStamp) {
    const micros = Number(lastStamp.slice(-4, -1)) + 1;
    const base = new Date(Date.parse(lastStamp) + (micros >= 1000 ? 1 : 0));
    next = isoMicro(base, micros % 1000);
  }
  lastStamp = next;
  return next;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return utcDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY));
}

/** Every UTC date from `from` to `to`, both included. */
export function dateRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

const INSTANT =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_OR_INSTANT =
  /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An instant that names its offset; local times are refused (null). */
export function parseInstant(value: string): Date | null {
  if (!INSTANT.test(value)) return null;
  const time = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * What a Django DateTimeFilter accepts: a date or a date-time, read as UTC
 * (Waldur's TIME_ZONE) when it has no offset.
 */
export function parseFilterInstant(value: string): Date | null {
  if (!LOCAL_OR_INSTANT.test(value)) return null;
  let text = value.replace(' ', 'T');
  if (text.length === 10) text += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text += 'Z';
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

/** A calendar date `YYYY-MM-DD` that exists, or null. */
export function parseDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && utcDate(new Date(time)) === value
    ? value
    : null;
}

/** Whether a timestamp lies at or before the mock's now. */
export function isPast(timestamp: string): boolean {
  return Date.parse(timestamp) <= now().getTime();
}
