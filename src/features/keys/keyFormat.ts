import { getLocale } from '@/lib/i18n';

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
