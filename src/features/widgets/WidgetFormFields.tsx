import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useFormContext, useWatch } from 'react-hook-form';

import { t } from '@/lib/i18n';

import { ColorField } from './ColorField';
import { TextField } from './TextField';
import { MAX_DELAY_SECONDS, type WidgetFormValues } from './widgetSchema';

/** Everything but the origins: looks, texts, behaviour, language. */
export function WidgetFormFields() {
  const { control, register } = useFormContext<WidgetFormValues>();
  const isAutoOpen = useWatch({ control, name: 'auto_open' });

  return (
    <>
      <TextField name="name" label={t('Name')} />
      <Row>
        <Col sm={6}>
          <Form.Group className="mb-3">
            <Form.Label htmlFor="widget-theme">{t('Theme')}</Form.Label>
            <Form.Select
              id="widget-theme"
              aria-describedby="widget-theme-help"
              {...register('theme')}
            >
              <option value="light">{t('Light')}</option>
              <option value="dark">{t('Dark')}</option>
              {/* Kept short: a select shows no more than its column's width. */}
              <option value="auto">{t('Auto')}</option>
            </Form.Select>
            <Form.Text id="widget-theme-help">
              {t('Auto follows each visitor’s light or dark system setting.')}
            </Form.Text>
          </Form.Group>
        </Col>
        <Col sm={6}>
          <Form.Group className="mb-3">
            <Form.Label htmlFor="widget-position">{t('Position')}</Form.Label>
            <Form.Select id="widget-position" {...register('position')}>
              <option value="bottom-right">{t('Bottom right')}</option>
              <option value="bottom-left">{t('Bottom left')}</option>
            </Form.Select>
          </Form.Group>
        </Col>
      </Row>
      <ColorField />
      <TextField
        name="welcome_message"
        label={t('Welcome message')}
        rows={3}
        help={t('Up to 500 characters, shown as plain text.')}
      />
      <TextField
        name="placeholder"
        label={t('Placeholder')}
        help={t('Up to 150 characters, shown in the empty message field.')}
      />
      <Form.Check
        id="widget-auto-open"
        className="mb-2"
        label={t('Open the chat by itself')}
        {...register('auto_open')}
      />
      {isAutoOpen && (
        <TextField
          name="auto_open_delay"
          label={t('Delay before it opens, in seconds')}
          inputMode="numeric"
          help={t(
            'Whole seconds, 0 to {max}. Leave empty to open as soon as the page loads.',
            { max: MAX_DELAY_SECONDS },
          )}
        />
      )}
      <TextField
        name="language"
        label={t('Language')}
        help={t('A BCP 47 language tag, such as en, de or de-CH.')}
      />
    </>
  );
}
