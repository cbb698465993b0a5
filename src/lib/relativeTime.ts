import { now } from './clock';
import { getLocale } from './i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Largest unit first; a month and a year are averages, which is all a
// relative phrase such as "2 months ago" promises.
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', SECOND],
];

/**
 * "3 days ago", "in 2 hours", "now": the instant relative to `from`
 * (the kit's clock by default), in the largest unit that fits.
 */
export function formatRelativeTime(
  date: Date,
  from: Date = now(),
  locale: string = getLocale(),
): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = date.getTime() - from.getTime();
  const size = Math.abs(diff);
  for (const [unit, ms] of UNITS) {
    if (size >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}

/** The exact instant in the reader's locale, with its time zone. */
export function formatExactTime(
  date: Date,
  locale: string = getLocale(),
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(date);
}
