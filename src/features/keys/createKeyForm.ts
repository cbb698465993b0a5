import type { UseFormSetError } from 'react-hook-form';
import * as z from 'zod';

import { flattenFieldErrors, isApiError } from '@/api/errors';
import type { AccessKeyInput } from '@/api/schemas';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import { endOfDay, presetExpiry } from './expiry';

export const EXPIRY_CHOICES = ['never', '7', '30', '90', 'date'] as const;

export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export interface CreateKeyValues {
  project: string;
  name: string;
  expiry: ExpiryChoice;
  /** `YYYY-MM-DD` from the date picker, used when expiry is 'date'. */
  date: string;
}

export const EMPTY_KEY_FORM: CreateKeyValues = {
  project: '',
  name: '',
  expiry: '90',
  date: '',
};

export const NAME_MAX = 150;

/**
 * `minDate` gives tomorrow where the admin is (the server refuses the
 * past); read at each validation, so a form left open overnight stays right.
 */
export function createKeySchema(minDate: () => string) {
  return z
    .object({
      project: z.string().min(1, t('Choose a project.')),
      name: z
        .string()
        .refine((value) => value.trim() !== '', t('Enter a name.'))
        .refine(
          (value) => value.trim().length <= NAME_MAX,
          t('At most {max} characters.', { max: NAME_MAX }),
        ),
      expiry: z.enum(EXPIRY_CHOICES),
      date: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.expiry !== 'date') return;
      if (!values.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: t('Pick a date.'),
        });
      } else if (values.date < minDate()) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: t('Pick a date from tomorrow on.'),
        });
      }
    });
}

/** The request body: expiry as an instant with the admin's offset. */
export function toKeyInput(
  agentId: string,
  values: CreateKeyValues,
  now: Date,
  timeZone: string,
): AccessKeyInput {
  let expiresAt: string | null = null;
  if (values.expiry === 'date') expiresAt = endOfDay(values.date, timeZone);
  else if (values.expiry !== 'never') {
    expiresAt = presetExpiry(Number(values.expiry), now, timeZone);
  }
  return {
    identity: agentId,
    project: values.project,
    name: values.name.trim(),
    expires_at: expiresAt,
  };
}

/**
 * Puts the server's field errors on their fields and returns what belongs
 * above the form (`detail`, `non_field_errors`, unknown fields).
 */
export function applyServerErrors(
  error: unknown,
  values: CreateKeyValues,
  setError: UseFormSetError<CreateKeyValues>,
): string[] {
  if (!isApiError(error) || !error.hasFieldErrors)
    return [describeError(error)];
  const general = [...error.nonFieldErrors];
  let isFirst = true;
  for (const { path, messages } of flattenFieldErrors(error.fieldErrors)) {
    const field =
      path === 'expires_at'
        ? values.expiry === 'date'
          ? 'date'
          : 'expiry'
        : path === 'project' || path === 'name'
          ? path
          : null;
    if (field === null) {
      general.push(...messages);
      continue;
    }
    setError(field, { message: messages.join(' ') }, { shouldFocus: isFirst });
    isFirst = false;
  }
  return general;
}
