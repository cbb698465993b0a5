import Form from 'react-bootstrap/Form';
import { useFormContext } from 'react-hook-form';

import { t } from '@/lib/i18n';

import type { AgentFormValues } from './agentFormSchema';
import { ConfigContentField } from './ConfigContentField';
import { DependenciesField } from './DependenciesField';
import { FieldFeedback, invalidProps } from './FieldFeedback';

interface TextFieldProps {
  name: 'name' | 'version' | 'config_file_path';
  label: string;
  hint?: string;
  isRequired?: boolean;
  placeholder?: string;
}

function TextField({
  name,
  label,
  hint,
  isRequired,
  placeholder,
}: TextFieldProps) {
  const {
    register,
    formState: { errors },
  } = useFormContext<AgentFormValues>();
  const id = `agent-${name}`;
  const message = errors[name]?.message;

  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        autoComplete="off"
        aria-required={isRequired}
        placeholder={placeholder}
        {...register(name)}
        {...invalidProps(`${id}-error`, message)}
      />
      {hint && <Form.Text>{hint}</Form.Text>}
      <FieldFeedback id={`${id}-error`} message={message} />
    </Form.Group>
  );
}

/** The identity's writable fields, and its offering for reference. */
export function AgentFormFields({ offeringName }: { offeringName: string }) {
  return (
    <>
      <TextField name="name" label={t('Name (required)')} isRequired />
      {/*
       * Not a read-only input: that would be a tab stop with nothing to do
       * and, being plain text, no visible focus. A term and its definition
       * keep the label and the value together for screen readers.
       */}
      <div className="mb-3">
        <dl className="mb-0">
          <dt className="form-label fw-normal">{t('Offering')}</dt>
          <dd className="form-control-plaintext mb-0">{offeringName}</dd>
        </dl>
        <p className="form-text mb-0">
          {t('An agent stays with the offering it was registered for.')}
        </p>
      </div>
      <TextField name="version" label={t('Version')} placeholder="0.7.3" />
      <DependenciesField />
      <TextField
        name="config_file_path"
        label={t('Config file path')}
        placeholder="/etc/waldur/waldur-site-agent-config.yaml"
        hint={t('An absolute path on the agent host.')}
      />
      <ConfigContentField />
    </>
  );
}
