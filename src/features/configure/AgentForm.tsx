import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import { agentQuery } from '@/api/queries/agentQueries';
import type { Agent } from '@/api/schemas';
import { DisabledReason } from '@/components/DisabledReason';
import { UnsavedChangesDialog } from '@/components/UnsavedChangesDialog';
import { t } from '@/lib/i18n';
import { useUnsavedChangesGuard } from '@/lib/navigation/useUnsavedChangesGuard';

import {
  createAgentFormSchema,
  normalizeAgent,
  toAgentInput,
  toFormValues,
  type AgentFormValues,
} from './agentFormSchema';
import { AgentFormFields } from './AgentFormFields';
import { summarizeChanges } from './changeSummary';
import { SaveDialog } from './SaveDialog';
import { useAgentSave } from './useAgentSave';

// A failure without field errors is read out and focused where it appears;
// field errors take the focus afterwards, in an effect.
const focusOnMount = (element: HTMLElement | null) => element?.focus();

interface AgentFormProps {
  /** The server copy the form starts from; later copies never reset it. */
  agent: Agent;
  offeringName: string;
  canManage: boolean;
  readOnlyReason: string | null;
}

/**
 * The configure form. Mount it keyed by agent uuid: its values, baseline
 * and save target all belong to the agent it was first rendered with.
 */
export function AgentForm({
  agent,
  offeringName,
  canManage,
  readOnlyReason,
}: AgentFormProps) {
  const schema = useMemo(() => createAgentFormSchema(), []);
  const form = useForm<AgentFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(agent),
    mode: 'onTouched',
  });
  const save = useAgentSave(form, agent);
  const { baseline } = save;
  const input = useWatch({
    control: form.control,
    compute: (values: AgentFormValues) =>
      toAgentInput(values, baseline.offering),
  });
  const isDirty = useMemo(
    () => summarizeChanges(normalizeAgent(baseline), input).length > 0,
    [baseline, input],
  );
  const guard = useUnsavedChangesGuard(isDirty);
  const saveButton = useRef<HTMLButtonElement | null>(null);
  const isSaveDisabled =
    !canManage || save.isSaving || form.formState.isSubmitting;
  // The summary closes while the save is still running, when Save is
  // disabled and cannot take the focus; it takes it once enabled again.
  const isFocusOwed = useRef(false);
  useEffect(() => {
    if (!isFocusOwed.current || isSaveDisabled) return;
    isFocusOwed.current = false;
    // A field error or message may have taken the focus already.
    if (document.activeElement === document.body) saveButton.current?.focus();
  });

  // Background refetches land here, never in the form's values.
  const { data: serverCopy } = useQuery(agentQuery(baseline.uuid));
  const hasMoved =
    !save.isSaving &&
    serverCopy !== undefined &&
    serverCopy.modified !== baseline.modified;

  return (
    <FormProvider {...form}>
      <Form noValidate onSubmit={save.submit} aria-label={t('Agent settings')}>
        {hasMoved && (
          <Alert variant="warning" className="d-flex align-items-center gap-3">
            <span className="flex-grow-1">
              {t('This agent was changed on the server since you opened it.')}
            </span>
            <Button
              variant="outline-secondary"
              size="sm"
              onClick={() => save.reload(serverCopy)}
            >
              {t('Reload server copy')}
            </Button>
          </Alert>
        )}
        {save.messages.length > 0 && (
          <Alert
            key={save.messages.join('\n')}
            variant="danger"
            tabIndex={-1}
            ref={focusOnMount}
          >
            <strong>{t('The agent was not saved.')}</strong>
            {save.messages.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        <fieldset disabled={!canManage || save.isSaving}>
          <AgentFormFields offeringName={offeringName} />
        </fieldset>
        <div className="d-flex flex-wrap align-items-center gap-3">
          <DisabledReason reason={readOnlyReason}>
            <Button
              ref={saveButton}
              type="submit"
              disabled={isSaveDisabled}
              aria-busy={save.isSaving}
            >
              {save.isPending
                ? t('Saving…')
                : save.isSaving
                  ? t('Checking…')
                  : t('Save')}
            </Button>
          </DisabledReason>
          <span role="status" className="text-body-secondary">
            {isDirty ? t('Unsaved changes') : (save.notice ?? '')}
          </span>
        </div>
      </Form>
      <SaveDialog
        request={save.request}
        onConfirm={save.confirm}
        onCancel={save.cancel}
        onReload={() => save.request && save.reload(save.request.server)}
        onExited={(dialog) => {
          // The dialog is still in the document, holding the focus, unless
          // a field error or message has taken it already.
          const focused = document.activeElement;
          const button = saveButton.current;
          if (focused !== document.body && !dialog.contains(focused)) return;
          if (button?.disabled) isFocusOwed.current = true;
          else button?.focus();
        }}
      />
      <UnsavedChangesDialog
        show={guard.isAsking}
        message={t(
          'Your changes to this agent are not saved. If you leave this page, they are lost.',
        )}
        onStay={guard.stay}
        onLeave={guard.leave}
      />
    </FormProvider>
  );
}
