import { now } from './clock';
import { getLocale, t } from './i18n';

const MINUTE = 60_000;
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
];

/**
 * "3 days ago", "in 2 hours": the instant relative to `from` (the kit's
 * clock by default), in whole units of the largest that fits, so that 59.9
 * minutes never reads "60 minutes ago". Under a minute either way it is
 * "just now": a server clock a few seconds ahead must not say "in 5 seconds".
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
    if (size >= ms) return format.format(Math.trunc(diff / ms), unit);
  }
  return t('just now');
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
