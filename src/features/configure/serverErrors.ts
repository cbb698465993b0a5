import type { FieldPath } from 'react-hook-form';

import { flattenFieldErrors, isApiError } from '@/api/errors';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import { FORM_FIELDS, type AgentFormValues } from './agentFormSchema';

export interface FieldMessage {
  path: FieldPath<AgentFormValues>;
  /** Every message the server gave for the field, one per line. */
  message: string;
}

/** Where each part of a failed save goes on the page. */
export interface PlacedError {
  /** Errors on the form's own fields, in the order the form shows them. */
  fields: FieldMessage[];
  /** Messages for the form as a whole, shown above it. */
  formMessages: string[];
}

const FIELD_PATH =
  /^(name|version|config_file_path|config_file_content|dependencies(\.\d+\.(package|version))?)$/;
const ROW_PATH = /^dependencies\.(\d+)$/;

function order(path: string): number[] {
  const [field = '', row = '0', part = ''] = path.split('.');
  const fieldIndex = FORM_FIELDS.indexOf(field as (typeof FORM_FIELDS)[number]);
  return [fieldIndex, Number(row), part === 'version' ? 1 : 0];
}

function compare(a: FieldMessage, b: FieldMessage): number {
  const x = order(a.path);
  const y = order(b.path);
  return x.reduce((result, value, i) => result || value - (y[i] ?? 0), 0);
}

/**
 * Splits a save failure into field errors (DRF's field map, nested list
 * items as `dependencies.1.version`) and the messages for above the form:
 * `non_field_errors`, fields the form does not have, or, when the body
 * named no field, the whole answer in words (403 detail, HTML 502, …).
 */
export function placeServerError(error: unknown): PlacedError {
  if (
    !isApiError(error) ||
    (!error.hasFieldErrors && error.nonFieldErrors.length === 0)
  ) {
    return { fields: [], formMessages: [describeError(error)] };
  }

  const fields: FieldMessage[] = [];
  const formMessages = [...error.nonFieldErrors];
  for (const { path, messages } of flattenFieldErrors(error.fieldErrors)) {
    const row = ROW_PATH.exec(path);
    if (FIELD_PATH.test(path)) {
      fields.push({
        // The pattern above admits only paths of the form's fields.
        path: path as FieldPath<AgentFormValues>,
        message: messages.join('\n'),
      });
    } else if (row) {
      formMessages.push(
        t('Dependency {row}: {message}', {
          row: Number(row[1]) + 1,
          message: messages.join(' '),
        }),
      );
    } else {
      formMessages.push(`${path}: ${messages.join(' ')}`);
    }
  }
  return { fields: fields.sort(compare), formMessages };
}
