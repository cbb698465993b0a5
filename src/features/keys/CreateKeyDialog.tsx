import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useForm, useWatch } from 'react-hook-form';

import { projectsQuery } from '@/api/queries/accountQueries';
import type { CreatedAccessKey } from '@/api/schemas';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { now } from '@/lib/clock';
import { t } from '@/lib/i18n';

import {
  applyServerErrors,
  createKeySchema,
  type CreateKeyValues,
  EMPTY_KEY_FORM,
  toKeyInput,
} from './createKeyForm';
import { browserTimeZone, tomorrow } from './expiry';
import { ExpiryField } from './ExpiryField';
import { useCreateKey } from './keyMutations';
import { KeyFormFields } from './KeyFormFields';

interface CreateKeyDialogProps {
  show: boolean;
  orgUuid: string;
  agentId: string;
  /** Preselected project, e.g. the one the list is filtered to. */
  preferredProject: string;
  onHide: () => void;
  /** Receives the plaintext once; the caller keeps it in its own state. */
  onCreated: (created: CreatedAccessKey) => void;
}

/**
 * The form lives as long as the page, so closing the dialog by mistake
 * loses nothing typed. Exactly one key per submission, however it is sent.
 */
export function CreateKeyDialog(props: CreateKeyDialogProps) {
  const { show, orgUuid, agentId, onHide, onCreated } = props;
  const projects = useQuery({ ...projectsQuery(orgUuid), enabled: show });
  const mutation = useCreateKey(agentId);
  // isPending reaches the button one render late; a second click or an
  // Enter in that gap must not send a second POST.
  const inFlight = useRef(false);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const timeZone = browserTimeZone();
  const minDate = tomorrow(now(), timeZone);
  const [schema] = useState(() =>
    createKeySchema(() => tomorrow(now(), browserTimeZone())),
  );
  const form = useForm<CreateKeyValues>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_KEY_FORM,
  });

  const items = projects.data?.items;
  const { getValues, setValue } = form;
  // Preselect the project the list is filtered to, or the only one there
  // is, without overwriting a choice the admin already made.
  useEffect(() => {
    if (!show || !items || getValues('project')) return;
    const only = items.length === 1 ? items[0]?.uuid : undefined;
    const preferred = items.some((p) => p.uuid === props.preferredProject)
      ? props.preferredProject
      : only;
    if (preferred) setValue('project', preferred);
  }, [show, items, props.preferredProject, getValues, setValue]);

  const onValid = async (values: CreateKeyValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setGeneralErrors([]);
    try {
      const created = await mutation.mutateAsync(
        toKeyInput(agentId, values, now(), timeZone),
      );
      onCreated(created);
      // The plaintext now lives only in the caller's state.
      mutation.reset();
      form.reset({ ...EMPTY_KEY_FORM, project: values.project });
    } catch (error) {
      setGeneralErrors(applyServerErrors(error, values, form.setError));
    } finally {
      inFlight.current = false;
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(onValid)(event);

  const values = useWatch({ control: form.control }) as CreateKeyValues;
  let expiresAt: string | null | undefined;
  if (values.expiry !== 'date' || values.date >= minDate) {
    expiresAt = toKeyInput(agentId, values, now(), timeZone).expires_at;
  }
  const isPending = mutation.isPending;
  const hasForm = items !== undefined && items.length > 0;

  return (
    <Modal
      show={show}
      onHide={isPending ? undefined : onHide}
      backdrop="static"
      centered
      aria-labelledby="create-key-title"
    >
      <Form noValidate onSubmit={submit}>
        <Modal.Header closeButton={!isPending} closeLabel={t('Close')}>
          <Modal.Title as="h2" id="create-key-title" className="h5">
            {t('Create API key')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {projects.isPending && (
            <LoadingState label={t('Loading projects…')} />
          )}
          {projects.isError && (
            <ErrorState
              title={t('Unable to load projects')}
              error={projects.error}
              onRetry={() => projects.refetch()}
              isRetrying={projects.isFetching}
            />
          )}
          {items?.length === 0 && (
            <Alert variant="info" className="mb-0">
              {t(
                'This organization has no projects yet. A key belongs to a project: create a project in Waldur first, then come back.',
              )}
            </Alert>
          )}
          {hasForm && (
            <>
              {generalErrors.length > 0 && (
                <Alert variant="danger">
                  {generalErrors.map((message) => (
                    <div key={message}>{message}</div>
                  ))}
                </Alert>
              )}
              <KeyFormFields form={form} projects={items} />
              <ExpiryField
                form={form}
                minDate={minDate}
                timeZone={timeZone}
                expiresAt={expiresAt}
              />
            </>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onHide} disabled={isPending}>
            {hasForm ? t('Cancel') : t('Close')}
          </Button>
          {hasForm && (
            <Button type="submit" disabled={isPending}>
              {isPending ? t('Creating…') : t('Create key')}
            </Button>
          )}
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
