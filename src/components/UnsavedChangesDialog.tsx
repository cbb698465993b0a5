import { useId } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';

import { t } from '@/lib/i18n';

interface UnsavedChangesDialogProps {
  show: boolean;
  /** What would be lost, e.g. "Your changes to this agent are not saved." */
  message: string;
  onStay: () => void;
  onLeave: () => void;
}

/** Asked when a person navigates away from a form with unsaved changes. */
export function UnsavedChangesDialog({
  show,
  message,
  onStay,
  onLeave,
}: UnsavedChangesDialogProps) {
  const titleId = useId();
  return (
    <Modal aria-labelledby={titleId} show={show} onHide={onStay} centered>
      <Modal.Header closeButton closeLabel={t('Close')}>
        <Modal.Title id={titleId} as="h2" className="h5">
          {t('Leave without saving?')}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>{message}</Modal.Body>
      <Modal.Footer>
        <Button variant="primary" onClick={onStay}>
          {t('Stay on this page')}
        </Button>
        <Button variant="outline-danger" onClick={onLeave}>
          {t('Leave without saving')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
