import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';

import type { Agent, AgentInput } from '@/api/schemas';
import { t } from '@/lib/i18n';

import {
  normalizeAgent,
  toAgentInput,
  toFormValues,
  type AgentFormValues,
} from './agentFormSchema';
import { summarizeChanges } from './changeSummary';
import { useFetchServerCopy, useUpdateAgent } from './configureMutations';
import type { SaveRequest } from './SaveDialog';
import { placeServerError } from './serverErrors';

interface PendingSave extends SaveRequest {
  input: AgentInput;
  server: Agent;
}

/**
 * The save flow of the configure form: validate, compare with the copy the
 * form was loaded from, check the server's copy for changes by others, ask
 * for confirmation, PUT, and place any error where it belongs. The target
 * agent is the one the form was loaded from, never the current URL's.
 */
export function useAgentSave(
  form: UseFormReturn<AgentFormValues>,
  initial: Agent,
) {
  const [baseline, setBaseline] = useState(initial);
  const [request, setRequest] = useState<PendingSave | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const focusTarget = useRef<FieldPath<AgentFormValues> | null>(null);
  const mutation = useUpdateAgent();
  const fetchServerCopy = useFetchServerCopy();
  const isSaving = isChecking || mutation.isPending;

  // Fields are disabled while saving, so focus waits for the render that
  // enables them again.
  useEffect(() => {
    const target = focusTarget.current;
    if (isSaving || !target) return;
    focusTarget.current = null;
    form.setFocus(target);
  });

  const adopt = (agent: Agent) => {
    setBaseline(agent);
    form.reset(toFormValues(agent));
  };

  const showError = (error: unknown) => {
    const placed = placeServerError(error);
    for (const field of placed.fields) {
      form.setError(field.path, { type: 'server', message: field.message });
    }
    setMessages(placed.formMessages);
    focusTarget.current = placed.fields[0]?.path ?? null;
  };

  const prepare = async (values: AgentFormValues) => {
    setNotice(null);
    setMessages([]);
    const input = toAgentInput(values, baseline.offering);
    const changes = summarizeChanges(normalizeAgent(baseline), input);
    if (changes.length === 0) {
      setNotice(t('There are no changes to save.'));
      return;
    }

    setIsChecking(true);
    try {
      const server = await fetchServerCopy(baseline.uuid);
      const isConflict = server.modified !== baseline.modified;
      setRequest({
        input,
        server,
        isConflict,
        changes: isConflict
          ? summarizeChanges(normalizeAgent(server), input)
          : changes,
      });
    } catch (error) {
      showError(error);
    } finally {
      setIsChecking(false);
    }
  };

  const confirm = () => {
    if (!request || mutation.isPending) return;
    const variables = { agentId: baseline.uuid, input: request.input };
    setRequest(null);
    mutation.mutate(variables, {
      onSuccess: (saved) => {
        adopt(saved);
        setNotice(t('Saved.'));
      },
      onError: showError,
    });
  };

  const reload = (server: Agent) => {
    setRequest(null);
    setMessages([]);
    adopt(server);
    setNotice(t('Showing the server copy; your edits were discarded.'));
  };

  return {
    baseline,
    request,
    isSaving,
    isPending: mutation.isPending,
    messages,
    notice,
    submit: (event?: FormEvent) => form.handleSubmit(prepare)(event),
    confirm,
    cancel: () => setRequest(null),
    reload,
  };
}
