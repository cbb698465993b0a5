import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Form from 'react-bootstrap/Form';
import { useFormContext, useWatch } from 'react-hook-form';

import { t } from '@/lib/i18n';

import { AA_RATIO, formatRatio, isHexColor, textOn } from './contrast';
import type { WidgetFormValues } from './widgetSchema';

/**
 * A colour picker and a hex field on one value. The picker can only show a
 * valid colour, so it keeps the last valid one while the hex is being typed.
 */
export function ColorField() {
  const { control, register, setValue, formState } =
    useFormContext<WidgetFormValues>();
  const value = useWatch({ control, name: 'primary_color' });
  const error = formState.errors.primary_color?.message;
  const isValid = isHexColor(value);
  const [lastValid, setLastValid] = useState(isValid ? value : '#000000');
  if (isValid && value !== lastValid) setLastValid(value);
  const contrast = isValid ? textOn(value) : null;
  const textName =
    contrast?.text === '#ffffff' ? t('white') : t('near-black (#1a1a1a)');

  return (
    <Form.Group className="mb-3">
      <Form.Label htmlFor="widget-primary-color">
        {t('Primary colour')}
      </Form.Label>
      <div className="d-flex gap-2">
        <Form.Control
          type="color"
          id="widget-primary-color-picker"
          className="flex-shrink-0"
          aria-label={t('Pick the primary colour')}
          value={(isValid ? value : lastValid).toLowerCase()}
          onChange={(event) =>
            setValue('primary_color', event.target.value, {
              shouldDirty: true,
              shouldValidate: true,
            })
          }
        />
        <Form.Control
          {...register('primary_color')}
          id="widget-primary-color"
          placeholder="#0d6efd"
          spellCheck={false}
          isInvalid={Boolean(error)}
          aria-invalid={Boolean(error)}
          aria-describedby={
            error
              ? 'widget-primary-color-error widget-primary-color-help'
              : 'widget-primary-color-help'
          }
        />
      </div>
      {error && (
        <div
          id="widget-primary-color-error"
          className="invalid-feedback d-block"
        >
          {error}
        </div>
      )}
      <Form.Text id="widget-primary-color-help">
        {contrast
          ? t('The widget writes {text} text on it: contrast {ratio}.', {
              text: textName,
              ratio: formatRatio(contrast.ratio),
            })
          : t('A hex colour such as #0d6efd.')}
      </Form.Text>
      {contrast && !contrast.meetsAA && (
        <Alert variant="warning" className="mt-2 mb-0 py-2 small">
          {t(
            'Contrast {ratio} is below {aa}:1 (WCAG AA): text on the bubble and header may be hard to read. Pick a darker or lighter colour.',
            { ratio: formatRatio(contrast.ratio), aa: AA_RATIO },
          )}
        </Alert>
      )}
    </Form.Group>
  );
}
