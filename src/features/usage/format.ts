import { localized, t } from '@/lib/i18n';

const countFormat = localized((locale) => new Intl.NumberFormat(locale));
const compactFormat = localized(
  (locale) =>
    new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumFractionDigits: 1,
    }),
);
const shareFormat = localized(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    }),
);
// The page states that it speaks UTC, so instants are shown in UTC too.
const instantFormat = localized(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/** A count in full, e.g. "1,234,567"; anything not finite shows as 0. */
export function formatCount(value: number): string {
  return countFormat().format(Number.isFinite(value) ? value : 0);
}

/** A count for chart axes, e.g. "1.2M". */
export function formatCompact(value: number): string {
  return compactFormat().format(Number.isFinite(value) ? value : 0);
}

/** A share from 0 to 1 as a percentage, e.g. "12.5%". */
export function formatShare(share: number): string {
  return shareFormat().format(Number.isFinite(share) ? share : 0);
}

/** A timestamp with its offset, shown in UTC; null means never. */
export function formatLastUsed(timestamp: string | null): string {
  if (timestamp === null) return t('Never');
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return timestamp;
  return t('{time} UTC', { time: instantFormat().format(ms) });
}
