import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import type { Widget } from '@/api/schemas';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { UnsavedChangesDialog } from '@/components/UnsavedChangesDialog';
import { t } from '@/lib/i18n';
import { useUnsavedChangesGuard } from '@/lib/navigation/useUnsavedChangesGuard';

import { OriginChecker } from './OriginChecker';
import { OriginsField } from './OriginsField';
import { applyServerErrors } from './serverErrors';
import { useSaveWidget } from './widgetMutations';
import { WidgetFormFields } from './WidgetFormFields';
import { WidgetPreview } from './WidgetPreview';
import {
  defaultFormValues,
  toSettings,
  widgetFormSchema,
  type WidgetFormValues,
} from './widgetSchema';

interface WidgetFormProps {
  agentId: string;
  /** The widget to edit; a new one when absent. */
  widget?: Widget;
  onSaved: (widget: Widget) => void;
  onCancel: () => void;
}

export function WidgetForm({
  agentId,
  widget,
  onSaved,
  onCancel,
}: WidgetFormProps) {
  const schema = useMemo(() => widgetFormSchema(), []);
  const methods = useForm<WidgetFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaultFormValues(widget),
    mode: 'onTouched',
  });
  const values = useWatch({ control: methods.control }) as WidgetFormValues;
  const save = useSaveWidget(agentId);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [isDiscarding, setDiscarding] = useState(false);
  // Read during render: the form state proxy only tracks what render reads.
  const { isDirty } = methods.formState;

  // The form takes the place of the button that opened it.
  useEffect(() => methods.setFocus('name'), [methods]);

  const submit = methods.handleSubmit(async (valid) => {
    setFormErrors([]);
    try {
      const saved = await save.mutateAsync({
        uuid: widget?.uuid,
        input: {
          ...toSettings(valid),
          identity: agentId,
          is_active: widget?.is_active ?? true,
        },
      });
      onSaved(saved);
    } catch (error) {
      setFormErrors(applyServerErrors(error, methods.setError));
    }
  });

  // Leaving the page (a tab, a link, Back) asks as Cancel does; a save
  // under way is not held up.
  const guard = useUnsavedChangesGuard(isDirty && !save.isPending);

  const cancel = () => {
    if (isDirty) setDiscarding(true);
    else onCancel();
  };

  const title = widget
    ? t('Edit widget {name}', { name: widget.name })
    : t('New widget');

  return (
    <FormProvider {...methods}>
      <Form noValidate onSubmit={submit} aria-label={title}>
        <h2 className="h4 mb-3">{title}</h2>
        <Row className="g-4">
          <Col lg={7}>
            <WidgetFormFields />
            <OriginsField />
            <OriginChecker
              rules={(values.allowed_origins ?? []).map((row) => row.value)}
            />
          </Col>
          <Col lg={5}>
            <div className="sticky-lg-top pt-lg-2">
              <h3 className="h6">{t('Preview')}</h3>
              <WidgetPreview settings={values} />
              <p className="small text-body-secondary mt-2">
                {t(
                  'Drawn from the unsaved values. With the Auto theme it follows your own system setting.',
                )}
              </p>
            </div>
          </Col>
        </Row>
        {formErrors.length > 0 && (
          <Alert variant="danger">
            <strong>{t('The widget was not saved.')}</strong>
            {formErrors.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Alert>
        )}
        <div className="d-flex gap-2">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending
              ? t('Saving…')
              : widget
                ? t('Save changes')
                : t('Create widget')}
          </Button>
          <Button
            variant="secondary"
            onClick={cancel}
            disabled={save.isPending}
          >
            {t('Cancel')}
          </Button>
        </div>
      </Form>
      <ConfirmDialog
        show={isDiscarding}
        title={t('Discard changes?')}
        confirmLabel={t('Discard')}
        onConfirm={onCancel}
        onCancel={() => setDiscarding(false)}
      >
        {t('What you typed in this form will be lost.')}
      </ConfirmDialog>
      <UnsavedChangesDialog
        show={guard.isAsking}
        message={t(
          'Your changes to this widget are not saved. If you leave this page, they are lost.',
        )}
        onStay={guard.stay}
        onLeave={guard.leave}
      />
    </FormProvider>
  );
}
