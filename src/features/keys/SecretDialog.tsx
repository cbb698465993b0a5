import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';

import type { AccessKey } from '@/api/schemas';
import { UnsavedChangesDialog } from '@/components/UnsavedChangesDialog';
import { config } from '@/config/config';
import { t } from '@/lib/i18n';
import { useUnsavedChangesGuard } from '@/lib/navigation/useUnsavedChangesGuard';

import { formatPrefix } from './keyFormat';
import { SecretField } from './SecretField';
import { curlCommand, envLine } from './snippets';
import { TestKeyPanel } from './TestKeyPanel';

export interface ShownSecret {
  key: AccessKey;
  plaintext: string;
  kind: 'created' | 'rotated';
}

interface SecretDialogProps {
  agentId: string;
  secret: ShownSecret;
  /** The owner drops the plaintext from its state. */
  onClose: () => void;
}

/**
 * Shows a new key once. Only "Done" closes it: a backdrop click, Escape or
 * a refetch of the list does nothing, and "Done" before a confirmed copy
 * asks first. Rendered only while there is a secret, so closing removes
 * every trace of it from the page at once.
 */
export function SecretDialog({ agentId, secret, onClose }: SecretDialogProps) {
  const [isCopied, setCopied] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const onCopied = () => {
    setCopied(true);
    setConfirming(false);
  };
  const { key, plaintext } = secret;
  // Back, another page or a reload would take the key with it, as Done
  // would: asked first while it is not copied.
  const guard = useUnsavedChangesGuard(!isCopied);

  return (
    <>
      <Modal
        show
        backdrop="static"
        keyboard={false}
        size="lg"
        centered
        aria-labelledby="secret-title"
      >
        <Modal.Header>
          <Modal.Title as="h2" id="secret-title" className="h5">
            {secret.kind === 'rotated'
              ? t('Key rotated: copy the new key')
              : t('Copy your new API key')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Alert variant="warning">
            {t(
              'This is the only time the key is shown. Store it somewhere safe now: it cannot be shown again.',
            )}
          </Alert>
          {secret.kind === 'rotated' && (
            <p className="small">
              {t(
                'The old key keeps working until you revoke it, so clients can switch without downtime.',
              )}
            </p>
          )}
          <p className="small text-body-secondary">
            {t('Key "{name}" for project {project} (prefix {prefix})', {
              name: key.name,
              project: key.project_name,
              prefix: formatPrefix(key.key_prefix),
            })}
          </p>
          <SecretField
            label={t('API key')}
            copyLabel={t('Copy API key')}
            value={plaintext}
            onCopied={onCopied}
          />
          <SecretField
            label={t('.env line')}
            copyLabel={t('Copy .env line')}
            value={envLine(plaintext)}
            onCopied={onCopied}
          />
          <SecretField
            label={t('Try it with curl')}
            copyLabel={t('Copy curl command')}
            value={curlCommand(config.apiUrl, agentId, plaintext)}
            multiline
            onCopied={onCopied}
          />
          <TestKeyPanel agentId={agentId} presetKey={plaintext} />
        </Modal.Body>
        <Modal.Footer>
          {isConfirming ? (
            <div className="d-flex flex-wrap align-items-center gap-2 w-100">
              <strong role="alert" className="me-auto">
                {t(
                  'You will not see this key again. Close without copying it?',
                )}
              </strong>
              <Button
                variant="secondary"
                onClick={() => setConfirming(false)}
                autoFocus
              >
                {t('Keep it open')}
              </Button>
              <Button variant="danger" onClick={onClose}>
                {t('Close without copying')}
              </Button>
            </div>
          ) : (
            <Button
              onClick={() => (isCopied ? onClose() : setConfirming(true))}
            >
              {t('Done')}
            </Button>
          )}
        </Modal.Footer>
      </Modal>
      <UnsavedChangesDialog
        show={guard.isAsking}
        message={t(
          'You have not copied this key. If you leave this page, it cannot be shown again.',
        )}
        onStay={guard.stay}
        onLeave={guard.leave}
      />
    </>
  );
}
