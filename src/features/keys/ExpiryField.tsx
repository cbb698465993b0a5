import Form from 'react-bootstrap/Form';
import { type UseFormReturn, useWatch } from 'react-hook-form';

import { t } from '@/lib/i18n';

import type { CreateKeyValues, ExpiryChoice } from './createKeyForm';
import { formatExpiryDate } from './expiry';

const LABELS: Record<ExpiryChoice, () => string> = {
  never: () => t('Never'),
  '7': () => t('7 days'),
  '30': () => t('30 days'),
  '90': () => t('90 days'),
  date: () => t('On a date'),
};

interface ExpiryFieldProps {
  form: UseFormReturn<CreateKeyValues>;
  /** Tomorrow in the admin's timezone, `YYYY-MM-DD`. */
  minDate: string;
  timeZone: string;
  /** The instant the choice would send; null for never, undefined if unset. */
  expiresAt: string | null | undefined;
}

/** Presets or a calendar date; the date means the end of that local day. */
export function ExpiryField({
  form,
  minDate,
  timeZone,
  expiresAt,
}: ExpiryFieldProps) {
  const { register, formState, control } = form;
  const choice = useWatch({ control, name: 'expiry' });
  const dateError = formState.errors.date?.message;
  const choiceError = formState.errors.expiry?.message;

  return (
    <fieldset>
      <legend className="form-label fs-6">{t('Expires')}</legend>
      {(Object.keys(LABELS) as ExpiryChoice[]).map((value) => (
        <Form.Check
          key={value}
          inline
          type="radio"
          id={`key-expiry-${value}`}
          value={value}
          label={LABELS[value]()}
          {...register('expiry')}
        />
      ))}
      {choiceError && (
        <div className="invalid-feedback d-block">{choiceError}</div>
      )}
      {choice === 'date' && (
        <Form.Group controlId="key-expiry-on-date" className="mt-2">
          <Form.Label>{t('Expiry date')}</Form.Label>
          <Form.Control
            type="date"
            min={minDate}
            {...register('date')}
            isInvalid={!!dateError}
            aria-invalid={!!dateError}
            aria-describedby="key-expiry-on-date-error"
          />
          <Form.Control.Feedback type="invalid" id="key-expiry-on-date-error">
            {dateError}
          </Form.Control.Feedback>
        </Form.Group>
      )}
      <Form.Text className="d-block" aria-live="polite">
        {expiresAt === undefined
          ? null
          : expiresAt
            ? t('The key works until the end of {date} ({zone}).', {
                date: formatExpiryDate(expiresAt, timeZone),
                zone: timeZone,
              })
            : t('The key works until it is revoked.')}
      </Form.Text>
    </fieldset>
  );
}
