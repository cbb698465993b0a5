import { useId, useRef } from 'react';
import Form from 'react-bootstrap/Form';

import { CopyButton } from '@/components/CopyButton';
import type { CopyResult } from '@/lib/clipboard';

interface SecretFieldProps {
  label: string;
  copyLabel: string;
  value: string;
  multiline?: boolean;
  onCopied: () => void;
}

/**
 * A read-only monospace field with Copy. Where the clipboard is missing or
 * refuses, the text is selected so the person can copy it by hand.
 */
export function SecretField({
  label,
  copyLabel,
  value,
  multiline,
  onCopied,
}: SecretFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const onResult = (result: CopyResult) => {
    if (result === 'copied') {
      onCopied();
      return;
    }
    const field = input.current ?? area.current;
    field?.focus();
    field?.select();
  };

  const common = {
    id,
    readOnly: true,
    value,
    spellCheck: false,
    autoComplete: 'off',
    className: 'font-monospace small',
  };

  return (
    <Form.Group className="mb-3">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-1">
        <Form.Label htmlFor={id} className="mb-0">
          {label}
        </Form.Label>
        <CopyButton text={value} label={copyLabel} onResult={onResult} />
      </div>
      {multiline ? (
        <Form.Control ref={area} as="textarea" rows={4} {...common} />
      ) : (
        <Form.Control ref={input} {...common} />
      )}
    </Form.Group>
  );
}
