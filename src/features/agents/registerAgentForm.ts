import type { UseFormSetError } from 'react-hook-form';
import * as z from 'zod';

import { flattenFieldErrors, isApiError } from '@/api/errors';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import type { RegisterAgentValues } from './agentMutations';

/** Waldur's identity limits, checked before anything is sent. */
export function registerAgentSchema() {
  return z.object({
    offering: z.string().min(1, t('Choose an offering.')),
    name: z
      .string()
      .refine((value) => value.trim() !== '', t('Enter a name.'))
      .refine(
        (value) => value.trim().length <= 150,
        t('At most {max} characters.', { max: 150 }),
      ),
    version: z
      .string()
      .refine(
        (value) => value.trim().length <= 100,
        t('At most {max} characters.', { max: 100 }),
      ),
  });
}

const FIELDS = ['offering', 'name', 'version'] as const;

function isFormField(path: string): path is (typeof FIELDS)[number] {
  return (FIELDS as readonly string[]).includes(path);
}

/**
 * Puts the server's field errors on their fields (focusing the first) and
 * returns what belongs above the form: `detail`, `non_field_errors`,
 * errors of fields the form does not have, or the general failure.
 */
export function applyServerErrors(
  error: unknown,
  setError: UseFormSetError<RegisterAgentValues>,
): string[] {
  if (!isApiError(error) || !error.hasFieldErrors)
    return [describeError(error)];

  const general: string[] = [...error.nonFieldErrors];
  if (error.detail) general.unshift(error.detail);
  let isFirst = true;
  for (const { path, messages } of flattenFieldErrors(error.fieldErrors)) {
    if (isFormField(path)) {
      setError(
        path,
        { type: 'server', message: messages.join(' ') },
        { shouldFocus: isFirst },
      );
      isFirst = false;
    } else {
      general.push(`${path}: ${messages.join(' ')}`);
    }
  }
  return general;
}
