import Form from 'react-bootstrap/Form';
import { useFormContext } from 'react-hook-form';

import { refuseKeyPaste } from './secretGuard';
import type { WidgetFormValues } from './widgetSchema';

type TextName =
  'name' | 'welcome_message' | 'placeholder' | 'language' | 'auto_open_delay';

interface TextFieldProps {
  name: TextName;
  label: string;
  help?: string;
  rows?: number;
  inputMode?: 'numeric' | 'text';
}

/** A registered text field that shows its error and refuses pasted keys. */
export function TextField({
  name,
  label,
  help,
  rows,
  inputMode,
}: TextFieldProps) {
  const { register, setError, formState } = useFormContext<WidgetFormValues>();
  const id = `widget-${name}`;
  const error = formState.errors[name]?.message;
  const common = {
    ...register(name),
    id,
    isInvalid: Boolean(error),
    'aria-invalid': Boolean(error),
    'aria-describedby':
      [error && `${id}-error`, help && `${id}-help`]
        .filter(Boolean)
        .join(' ') || undefined,
    onPaste: refuseKeyPaste((message) =>
      setError(name, { type: 'key', message }),
    ),
  };

  return (
    <Form.Group className="mb-3">
      <Form.Label htmlFor={id}>{label}</Form.Label>
      {rows ? (
        <Form.Control {...common} as="textarea" rows={rows} />
      ) : (
        <Form.Control {...common} inputMode={inputMode} />
      )}
      <Form.Control.Feedback type="invalid" id={`${id}-error`}>
        {error}
      </Form.Control.Feedback>
      {help && <Form.Text id={`${id}-help`}>{help}</Form.Text>}
    </Form.Group>
  );
}
