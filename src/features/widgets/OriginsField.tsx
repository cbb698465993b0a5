import { useEffect, useRef } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import {
  useFieldArray,
  useFormContext,
  type FieldErrors,
} from 'react-hook-form';

import { t } from '@/lib/i18n';

import { refuseKeyPaste } from './secretGuard';
import type { WidgetFormValues } from './widgetSchema';

function listError(errors: FieldErrors<WidgetFormValues>): string | undefined {
  const list = errors.allowed_origins;
  return list?.message ?? list?.root?.message;
}

/** The allowed-origin rules, one editable row each. */
export function OriginsField() {
  const { control, register, setError, setFocus, formState } =
    useFormContext<WidgetFormValues>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: 'allowed_origins',
  });
  const errors = formState.errors.allowed_origins;
  const addButton = useRef<HTMLButtonElement>(null);
  // A Remove button goes with its row; the focus moves to the row that
  // took its place, the one before it, or Add origin, once rendered.
  const removedIndex = useRef<number | null>(null);
  useEffect(() => {
    const index = removedIndex.current;
    if (index === null) return;
    removedIndex.current = null;
    if (fields.length === 0) addButton.current?.focus();
    else
      setFocus(`allowed_origins.${Math.min(index, fields.length - 1)}.value`);
  });

  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">{t('Allowed origins')}</legend>
      <p className="small text-body-secondary mb-2">
        {t(
          'Only pages on these origins can show the widget. An empty list means the widget works nowhere. Write https://example.org for one site or https://*.example.org for all its subdomains (not example.org itself); no paths, no bare *; http:// only for localhost.',
        )}
      </p>
      {fields.length === 0 && (
        <Alert variant="warning" className="py-2 small">
          {t('No origins yet: the widget works nowhere until you add one.')}
        </Alert>
      )}
      {fields.map((row, index) => {
        const label = t('Origin rule {n}', { n: index + 1 });
        const error = errors?.[index]?.value;
        // A row just added is validated with the list; its "enter an
        // origin" waits until the row was left or the form submitted.
        const isTouched =
          formState.touchedFields.allowed_origins?.[index]?.value;
        const message =
          isTouched || formState.isSubmitted || error?.type !== 'custom'
            ? error?.message
            : undefined;
        const errorId = `widget-origin-${row.id}-error`;
        return (
          <Form.Group key={row.id} className="mb-2">
            <InputGroup hasValidation>
              <InputGroup.Text>{index + 1}</InputGroup.Text>
              <Form.Control
                {...register(`allowed_origins.${index}.value`)}
                aria-label={label}
                placeholder="https://example.org"
                spellCheck={false}
                isInvalid={Boolean(message)}
                aria-invalid={Boolean(message)}
                aria-describedby={message ? errorId : undefined}
                onPaste={refuseKeyPaste((reason) =>
                  setError(`allowed_origins.${index}.value`, {
                    type: 'key',
                    message: reason,
                  }),
                )}
              />
              <Button
                variant="outline-secondary"
                onClick={() => {
                  removedIndex.current = index;
                  remove(index);
                }}
                aria-label={t('Remove origin rule {n}', { n: index + 1 })}
              >
                {t('Remove')}
              </Button>
              <Form.Control.Feedback type="invalid" id={errorId}>
                {message}
              </Form.Control.Feedback>
            </InputGroup>
          </Form.Group>
        );
      })}
      {listError(formState.errors) && (
        <div className="invalid-feedback d-block">
          {listError(formState.errors)}
        </div>
      )}
      <Button
        ref={addButton}
        variant="outline-primary"
        size="sm"
        onClick={() => append({ value: '' })}
      >
        {t('Add origin')}
      </Button>
    </fieldset>
  );
}
