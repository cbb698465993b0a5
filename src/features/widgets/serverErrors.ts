import type { UseFormSetError } from 'react-hook-form';

import { flattenFieldErrors, isApiError } from '@/api/errors';
import { describeError } from '@/lib/errors';

import type { WidgetFormValues } from './widgetSchema';

const FIELDS = new Set<string>([
  'name',
  'theme',
  'position',
  'primary_color',
  'welcome_message',
  'placeholder',
  'auto_open',
  'auto_open_delay',
  'language',
  'allowed_origins',
]);
const ORIGIN_ROW = /^allowed_origins\.(\d+)$/;

type FormPath = Parameters<UseFormSetError<WidgetFormValues>>[0];

/** Where a server error path lands in the form, or null if it has no field. */
function formPath(path: string): FormPath | null {
  const row = ORIGIN_ROW.exec(path);
  if (row) return `allowed_origins.${Number(row[1])}.value`;
  return FIELDS.has(path) ? (path as FormPath) : null;
}

/**
 * Puts a failed save's field errors on their fields (list items on their
 * row, `{"allowed_origins": {"1": […]}}` on the second) and returns the
 * lines for above the form: the reason, then errors no field can show.
 */
export function applyServerErrors(
  error: unknown,
  setError: UseFormSetError<WidgetFormValues>,
): string[] {
  if (!isApiError(error) || !error.hasFieldErrors)
    return [describeError(error)];

  const leftovers: string[] = [];
  let isFirst = true;
  for (const { path, messages } of flattenFieldErrors(error.fieldErrors)) {
    const target = formPath(path);
    if (!target) {
      leftovers.push(`${path}: ${messages.join(' ')}`);
      continue;
    }
    setError(
      target,
      { type: 'server', message: messages.join(' ') },
      { shouldFocus: isFirst },
    );
    isFirst = false;
  }
  return [describeError(error), ...leftovers];
}
