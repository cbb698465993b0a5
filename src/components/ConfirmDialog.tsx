import { useId, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';

import { t } from '@/lib/i18n';

interface ConfirmDialogProps {
  show: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: 'danger' | 'primary';
  isPending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** After the dialog has gone, e.g. to move focus when its opener went. */
  onExited?: () => void;
}

export function ConfirmDialog({
  show,
  title,
  children,
  confirmLabel,
  variant = 'danger',
  isPending = false,
  onConfirm,
  onCancel,
  onExited,
}: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Modal
      show={show}
      onHide={onCancel}
      centered
      aria-labelledby={titleId}
      onExited={onExited}
    >
      <Modal.Header closeButton closeLabel={t('Close')}>
        <Modal.Title as="h2" className="h5" id={titleId}>
          {title}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>{children}</Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onCancel} disabled={isPending}>
          {t('Cancel')}
        </Button>
        <Button variant={variant} onClick={onConfirm} disabled={isPending}>
          {isPending ? t('Working…') : confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
