import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useFieldArray, useFormContext } from 'react-hook-form';

import { t } from '@/lib/i18n';

import type { AgentFormValues } from './agentFormSchema';
import { FieldFeedback, invalidProps } from './FieldFeedback';

/** The agent's Python packages as rows of package and version. */
export function DependenciesField() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<AgentFormValues>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: 'dependencies',
  });
  const listError =
    errors.dependencies?.message ?? errors.dependencies?.root?.message;

  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">{t('Dependencies')}</legend>
      {fields.length === 0 ? (
        <p className="text-body-secondary small mb-2">
          {t('No dependencies listed.')}
        </p>
      ) : (
        <div className="row g-2 small text-body-secondary" aria-hidden="true">
          <div className="col-6">{t('Package')}</div>
          <div className="col">{t('Version')}</div>
        </div>
      )}
      {fields.map((field, index) => {
        const row = index + 1;
        const rowErrors = errors.dependencies?.[index];
        const packageError = rowErrors?.package?.message;
        const versionError = rowErrors?.version?.message;
        const packageErrorId = `dependency-${field.id}-package-error`;
        const versionErrorId = `dependency-${field.id}-version-error`;
        return (
          <div
            key={field.id}
            role="group"
            aria-label={t('Dependency {row}', { row })}
            className="row g-2 mb-2 align-items-start"
          >
            <div className="col-6">
              <Form.Control
                aria-label={t('Package of dependency {row}', { row })}
                {...register(`dependencies.${index}.package`)}
                {...invalidProps(packageErrorId, packageError)}
              />
              <FieldFeedback id={packageErrorId} message={packageError} />
            </div>
            <div className="col">
              <Form.Control
                aria-label={t('Version of dependency {row}', { row })}
                {...register(`dependencies.${index}.version`)}
                {...invalidProps(versionErrorId, versionError)}
              />
              <FieldFeedback id={versionErrorId} message={versionError} />
            </div>
            {/* As wide as its label, in any language and on any screen. */}
            <div className="col-auto">
              <Button
                variant="outline-danger"
                aria-label={t('Remove dependency {row}', { row })}
                onClick={() => remove(index)}
              >
                {t('Remove')}
              </Button>
            </div>
          </div>
        );
      })}
      <Button
        variant="outline-secondary"
        size="sm"
        onClick={() => append({ package: '', version: '' })}
      >
        {t('Add dependency')}
      </Button>
      <FieldFeedback id="dependencies-error" message={listError} />
    </fieldset>
  );
}
