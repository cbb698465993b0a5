import Form from 'react-bootstrap/Form';
import type { UseFormReturn } from 'react-hook-form';

import type { Project } from '@/api/schemas';
import { t } from '@/lib/i18n';

import type { CreateKeyValues } from './createKeyForm';

interface KeyFormFieldsProps {
  form: UseFormReturn<CreateKeyValues>;
  projects: Project[];
}

type Field = 'project' | 'name';

/** Project and name, with their errors spoken as well as shown. */
export function KeyFormFields({ form, projects }: KeyFormFieldsProps) {
  const { register, formState } = form;
  const invalid = (field: Field) => ({
    isInvalid: !!formState.errors[field],
    'aria-invalid': !!formState.errors[field],
    'aria-describedby': formState.errors[field]
      ? `key-${field}-error`
      : undefined,
  });
  const feedback = (field: Field) => (
    <Form.Control.Feedback type="invalid" id={`key-${field}-error`}>
      {formState.errors[field]?.message}
    </Form.Control.Feedback>
  );

  return (
    <>
      <Form.Group className="mb-3" controlId="key-project-field">
        <Form.Label>{t('Project')}</Form.Label>
        <Form.Select {...register('project')} {...invalid('project')}>
          <option value="">{t('Choose a project')}</option>
          {projects.map((project) => (
            <option key={project.uuid} value={project.uuid}>
              {project.name}
            </option>
          ))}
        </Form.Select>
        <Form.Text>
          {t('Calls made with the key count for this project.')}
        </Form.Text>
        {feedback('project')}
      </Form.Group>
      <Form.Group className="mb-3" controlId="key-name-field">
        <Form.Label>{t('Name')}</Form.Label>
        <Form.Control
          {...register('name')}
          {...invalid('name')}
          autoComplete="off"
        />
        <Form.Text>
          {t('Say where the key is used, e.g. "Website chat backend".')}
        </Form.Text>
        {feedback('name')}
      </Form.Group>
    </>
  );
}
