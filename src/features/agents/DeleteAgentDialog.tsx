import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';

import type { Agent } from '@/api/schemas';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import { useDeleteAgent } from './agentMutations';

interface DeleteAgentDialogProps {
  /** The agent to delete; null keeps the dialog closed. */
  agent: Agent | null;
  onClose: () => void;
  /** Called after the agent is gone and the lists are fresh. */
  onDeleted: (agent: Agent) => void;
  /** After the dialog has gone, e.g. to move the focus off a deleted row. */
  onExited?: () => void;
}

/** Asks before deleting, naming the agent and what goes with it. */
export function DeleteAgentDialog({
  agent,
  onClose,
  onDeleted,
  onExited,
}: DeleteAgentDialogProps) {
  const mutation = useDeleteAgent();
  const { reset } = mutation;
  // Keeps the name on screen while the dialog fades out after closing.
  const [shownAgent, setShownAgent] = useState(agent);
  if (agent && agent !== shownAgent) setShownAgent(agent);

  // A failure shown for one agent must not linger when another is chosen.
  useEffect(() => {
    reset();
  }, [agent, reset]);

  const confirm = () => {
    if (!agent || mutation.isPending) return;
    mutation.mutate(agent, { onSuccess: () => onDeleted(agent) });
  };

  return (
    <ConfirmDialog
      show={agent !== null}
      title={t('Delete agent')}
      confirmLabel={t('Delete agent')}
      isPending={mutation.isPending}
      onConfirm={confirm}
      onCancel={() => {
        if (!mutation.isPending) onClose();
      }}
      onExited={onExited}
    >
      <p>
        {t(
          'Delete "{name}"? Its services and processors are deleted with it.',
          {
            name: shownAgent?.name ?? '',
          },
        )}
      </p>
      {mutation.isError && (
        <Alert variant="danger" className="mb-0">
          {t('The agent was not deleted: {reason}', {
            reason: describeError(mutation.error),
          })}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
