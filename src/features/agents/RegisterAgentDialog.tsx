import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';

import type { Offering } from '@/api/schemas';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';

import { useRegisterAgent, type RegisterAgentValues } from './agentMutations';
import { applyServerErrors, registerAgentSchema } from './registerAgentForm';

interface RegisterAgentDialogProps {
  show: boolean;
  orgUuid: string;
  /** The offerings this user may register agents for. */
  offerings: Offering[];
  /** Preselected when the list is filtered to one offering. */
  preferredOffering: string;
  onHide: () => void;
}

/**
 * Registers an agent by hand and opens its configure page. The form lives
 * as long as the list page, so closing the dialog by mistake loses nothing.
 */
export function RegisterAgentDialog({
  show,
  orgUuid,
  offerings,
  preferredOffering,
  onHide,
}: RegisterAgentDialogProps) {
  const navigate = useNavigate();
  const titleId = useId();
  const mutation = useRegisterAgent();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  // Set synchronously, so a second Enter before the re-render sends nothing.
  const isSending = useRef(false);
  const schema = useMemo(() => registerAgentSchema(), []);
  const form = useForm<RegisterAgentValues>({
    resolver: zodResolver(schema),
    defaultValues: { offering: '', name: '', version: '' },
  });
  const { register, handleSubmit, formState, getValues, setValue } = form;

  useEffect(() => {
    if (!show || getValues('offering')) return;
    const only = offerings.length === 1 ? offerings[0]?.uuid : undefined;
    const preferred = offerings.some((o) => o.uuid === preferredOffering)
      ? preferredOffering
      : only;
    if (preferred) setValue('offering', preferred);
  }, [show, offerings, preferredOffering, getValues, setValue]);

  const send = async (values: RegisterAgentValues) => {
    if (isSending.current) return;
    isSending.current = true;
    setGeneralErrors([]);
    try {
      const agent = await mutation.mutateAsync(values);
      form.reset();
      onHide();
      await navigate(routes.configure(orgUuid, agent.uuid));
    } catch (error) {
      setGeneralErrors(applyServerErrors(error, form.setError));
    } finally {
      isSending.current = false;
    }
  };

  const errors = formState.errors;
  const isPending = mutation.isPending;
  // Bootstrap styles the error; these attributes let assistive tech hear it.
  const invalid = (field: keyof RegisterAgentValues) => ({
    isInvalid: !!errors[field],
    'aria-invalid': !!errors[field],
    'aria-describedby': errors[field]
      ? `register-agent-${field}-error`
      : undefined,
  });
  const feedback = (field: keyof RegisterAgentValues) => (
    <Form.Control.Feedback type="invalid" id={`register-agent-${field}-error`}>
      {errors[field]?.message}
    </Form.Control.Feedback>
  );

  return (
    <Modal
      show={show}
      onHide={isPending ? undefined : onHide}
      backdrop="static"
      centered
      aria-labelledby={titleId}
    >
      <Form noValidate onSubmit={(event) => void handleSubmit(send)(event)}>
        <Modal.Header closeButton={!isPending} closeLabel={t('Close')}>
          <Modal.Title as="h2" className="h5" id={titleId}>
            {t('Register agent')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <p className="text-body-secondary small">
            {t(
              'Agents usually register themselves when they start. Register one by hand to prepare its configuration first.',
            )}
          </p>
          {generalErrors.length > 0 && (
            <Alert variant="danger">
              {generalErrors.map((message) => (
                <div key={message}>{message}</div>
              ))}
            </Alert>
          )}
          <Form.Group className="mb-3" controlId="register-agent-offering">
            <Form.Label>{t('Offering')}</Form.Label>
            <Form.Select {...register('offering')} {...invalid('offering')}>
              <option value="">{t('Choose an offering')}</option>
              {offerings.map((offering) => (
                <option key={offering.uuid} value={offering.uuid}>
                  {offering.name}
                </option>
              ))}
            </Form.Select>
            {feedback('offering')}
          </Form.Group>
          <Form.Group className="mb-3" controlId="register-agent-name">
            <Form.Label>{t('Name')}</Form.Label>
            <Form.Control
              {...register('name')}
              {...invalid('name')}
              autoComplete="off"
            />
            {feedback('name')}
          </Form.Group>
          <Form.Group controlId="register-agent-version">
            <Form.Label>{t('Version (optional)')}</Form.Label>
            <Form.Control
              {...register('version')}
              {...invalid('version')}
              autoComplete="off"
            />
            {feedback('version')}
          </Form.Group>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onHide} disabled={isPending}>
            {t('Cancel')}
          </Button>
          <Button type="submit" disabled={isPending}>
            {isPending ? t('Registering…') : t('Register')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
