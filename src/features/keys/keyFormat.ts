import { getLocale, t } from '@/lib/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** "3 hours ago", "in 2 days"; "just now" under a minute. */
export function formatRelative(instant: string, now: Date): string {
  const diff = Date.parse(instant) - now.getTime();
  const format = new Intl.RelativeTimeFormat(getLocale(), {
    numeric: 'auto',
  });
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) >= size) {
      return format.format(Math.trunc(diff / size), unit);
    }
  }
  return t('just now');
}

/** Date and time with the timezone named, for the exact moment. */
export function formatExact(instant: string): string {
  return new Intl.DateTimeFormat(getLocale(), {
    dateStyle: 'medium',
    timeStyle: 'long',
  }).format(new Date(instant));
}

export function formatDate(instant: string): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(
    new Date(instant),
  );
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat(getLocale()).format(value);
}

/** A prefix is the first 8 characters; the ellipsis says the key goes on. */
export function formatPrefix(prefix: string): string {
  return `${prefix}…`;
}
