import { useId } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';

import { t } from '@/lib/i18n';

import type { FieldChange } from './changeSummary';

export interface SaveRequest {
  changes: FieldChange[];
  /** The server's copy moved since the form was loaded. */
  isConflict: boolean;
}

interface SaveDialogProps {
  request: SaveRequest | null;
  onConfirm: () => void;
  onCancel: () => void;
  onReload: () => void;
  /**
   * Called once the dialog has closed, with its element, which still holds
   * the focus; the focus is the caller's to place.
   */
  onExited: (dialog: HTMLElement) => void;
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) {
    return <p className="mb-0">{t('Your values match the server copy.')}</p>;
  }
  return (
    <dl className="mb-0">
      {changes.map((change) => (
        <div key={change.field} className="mb-2">
          <dt>{change.label}</dt>
          {change.details ? (
            change.details.map((line) => (
              <dd key={line} className="mb-0">
                {line}
              </dd>
            ))
          ) : (
            <dd className="mb-0 text-break">
              <span className="text-decoration-line-through text-body-secondary">
                {change.before}
              </span>
              {' → '}
              <span>{change.after}</span>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/**
 * What a save would change, for the admin to confirm. When someone else
 * changed the agent meanwhile, it says so and the changes are counted
 * against the server's current copy, which saving would overwrite.
 */
export function SaveDialog({
  request,
  onConfirm,
  onCancel,
  onReload,
  onExited,
}: SaveDialogProps) {
  const titleId = useId();
  const isConflict = request?.isConflict ?? false;
  return (
    <Modal
      aria-labelledby={titleId}
      restoreFocus={false}
      onExited={onExited}
      show={request !== null}
      onHide={onCancel}
      centered
    >
      <Modal.Header closeButton closeLabel={t('Close')}>
        <Modal.Title id={titleId} as="h2" className="h5">
          {isConflict
            ? t('The agent changed on the server')
            : t('Save these changes?')}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {isConflict && (
          <Alert variant="warning">
            {t(
              'This agent was changed on the server since you opened it. Saving overwrites these values of the server copy:',
            )}
          </Alert>
        )}
        {request && <ChangeList changes={request.changes} />}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onCancel}>
          {t('Cancel')}
        </Button>
        {isConflict && (
          <Button variant="outline-primary" onClick={onReload}>
            {t('Reload server copy')}
          </Button>
        )}
        <Button variant={isConflict ? 'danger' : 'primary'} onClick={onConfirm}>
          {isConflict ? t('Overwrite') : t('Save changes')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
