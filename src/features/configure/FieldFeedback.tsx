import Form from 'react-bootstrap/Form';

interface FieldFeedbackProps {
  id: string;
  /** Several messages arrive joined by newlines; each gets its own line. */
  message: string | undefined;
}

/** A field's error under it, linked by id for `aria-describedby`. */
export function FieldFeedback({ id, message }: FieldFeedbackProps) {
  if (!message) return null;
  return (
    <Form.Control.Feedback type="invalid" id={id} className="d-block">
      {message.split('\n').map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </Form.Control.Feedback>
  );
}

/** The props that tie an input to its error. */
export function invalidProps(id: string, message: string | undefined) {
  return {
    isInvalid: Boolean(message),
    'aria-describedby': message ? id : undefined,
  };
}
