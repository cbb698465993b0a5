import { useRef } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useFormContext, useWatch } from 'react-hook-form';

import { t } from '@/lib/i18n';

import type { AgentFormValues } from './agentFormSchema';
import { FieldFeedback, invalidProps } from './FieldFeedback';
import { checkYaml, lineRange } from './yamlCheck';

const ERROR_ID = 'config-file-content-error';

/**
 * The agent's YAML config in a monospace editor. A syntax error names its
 * line, and "Go to line" puts the cursor on it.
 */
export function ConfigContentField() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<AgentFormValues>();
  const text = useWatch({ control, name: 'config_file_content' });
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...field } = register('config_file_content');

  const message = errors.config_file_content?.message;
  const problem = message ? checkYaml(text) : null;
  const lineCount = text === '' ? 0 : text.split('\n').length;

  const goToLine = (line: number) => {
    const element = textarea.current;
    if (!element) return;
    const { start, end } = lineRange(element.value, line);
    element.focus();
    element.setSelectionRange(start, end);
  };

  return (
    <Form.Group className="mb-3" controlId="config-file-content">
      <Form.Label>{t('Config file content')}</Form.Label>
      <Form.Control
        as="textarea"
        rows={16}
        spellCheck={false}
        wrap="off"
        className="font-monospace small"
        ref={(element: HTMLTextAreaElement | null) => {
          ref(element);
          textarea.current = element;
        }}
        {...field}
        {...invalidProps(ERROR_ID, message)}
      />
      <Form.Text className="d-block">
        {t('YAML, as the agent reads it. {count} lines.', {
          count: lineCount,
        })}
      </Form.Text>
      <FieldFeedback id={ERROR_ID} message={message} />
      {problem && (
        <Button
          variant="link"
          size="sm"
          className="px-0"
          onClick={() => goToLine(problem.line)}
        >
          {t('Go to line {line}', { line: problem.line })}
        </Button>
      )}
    </Form.Group>
  );
}
