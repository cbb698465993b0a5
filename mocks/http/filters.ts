import { parseDate, parseFilterInstant } from '../time';
import { ValidationError } from './responses';

/*
 * Query parameters read as django-filter reads them: a malformed value of a
 * typed filter is a 400 on that parameter; an unknown parameter is ignored.
 */

const UUID = /^[0-9a-f]{32}$|^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

function reject(key: string, message: string): never {
  throw new ValidationError({ [key]: [message] });
}

/** A uuid in either form, normalized to Waldur's 32 lowercase hex digits. */
export function normalizeUuid(value: string): string | null {
  return UUID.test(value) ? value.replace(/-/g, '').toLowerCase() : null;
}

export function uuidFilter(query: URLSearchParams, key: string) {
  const value = query.get(key);
  if (value === null || value === '') return undefined;
  return normalizeUuid(value) ?? reject(key, 'Enter a valid UUID.');
}

export function uuidsFilter(query: URLSearchParams, key: string): string[] {
  return query
    .getAll(key)
    .filter((value) => value !== '')
    .map((value) => normalizeUuid(value) ?? reject(key, 'Enter a valid UUID.'));
}

/** django-filter's BooleanWidget: true/false/1/0, anything else ignored. */
export function boolFilter(query: URLSearchParams, key: string) {
  const value = query.get(key)?.toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

export function instantFilter(query: URLSearchParams, key: string) {
  const value = query.get(key);
  if (value === null || value === '') return undefined;
  return parseFilterInstant(value) ?? reject(key, 'Enter a valid date/time.');
}

export function dateFilter(query: URLSearchParams, key: string) {
  const value = query.get(key);
  if (value === null || value === '') return undefined;
  return parseDate(value) ?? reject(key, 'Enter a valid date.');
}

export function textFilter(query: URLSearchParams, key: string) {
  const value = query.get(key);
  return value === null || value === '' ? undefined : value;
}

/**
 * A repeatable choice filter (`state=1&state=3`); `commas` also splits
 * `o=name,-created`, as an ordering filter does.
 */
export function choicesFilter<T extends string>(
  query: URLSearchParams,
  key: string,
  choices: readonly T[],
  commas = false,
): T[] {
  return query
    .getAll(key)
    .flatMap((value) => (commas ? value.split(',') : [value]))
    .filter((value) => value !== '')
    .map((value) =>
      (choices as readonly string[]).includes(value)
        ? (value as T)
        : reject(
            key,
            `Select a valid choice. ${value} is not one of the available choices.`,
          ),
    );
}
