/*
 * Key expiry in the admin's own timezone. A key "expires on 4 December"
 * means it works until the end of 4 December where the admin sits, so the
 * request carries that instant with its offset and the list shows the same
 * calendar date again. Every helper takes the timezone explicitly, so tests
 * can run the maths for any zone without touching the process TZ.
 */

import { getLocale } from '@/lib/i18n';

export const EXPIRY_PRESETS = [7, 30, 90] as const;

export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The browser's timezone, e.g. `Europe/Tallinn`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes the zone is ahead of UTC at `instant` (LA in winter: -480). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

const pad = (value: number, length = 2) =>
  String(Math.abs(value)).padStart(length, '0');

/** The calendar date `YYYY-MM-DD` of an instant in a timezone. */
export function localDate(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Calendar arithmetic on `YYYY-MM-DD`, free of any timezone. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** The first date a picker may offer: tomorrow where the admin is. */
export function tomorrow(now: Date, timeZone: string): string {
  return addDays(localDate(now, timeZone), 1);
}

/**
 * The last millisecond of `date` in `timeZone`, as an ISO instant with the
 * zone's offset, e.g. `2026-12-04T23:59:59.999-08:00`.
 */
export function endOfDay(date: string, timeZone: string): string {
  const wallAsUtc = Date.parse(`${date}T23:59:59.999Z`);
  // The offset at the guess may differ from the offset at the answer on a
  // daylight-saving day; a second pass settles it.
  let offset = offsetMinutes(new Date(wallAsUtc), timeZone);
  offset = offsetMinutes(new Date(wallAsUtc - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date}T23:59:59.999${zone}`;
}

/** A preset: the end of the day `days` from today, where the admin is. */
export function presetExpiry(
  days: number,
  now: Date,
  timeZone: string,
): string {
  return endOfDay(addDays(localDate(now, timeZone), days), timeZone);
}

/** The calendar date a key expires on, shown where the admin is. */
export function formatExpiryDate(
  expiresAt: string,
  timeZone: string,
  locale: string = getLocale(),
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone,
  }).format(new Date(expiresAt));
}
