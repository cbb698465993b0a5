import Spinner from 'react-bootstrap/Spinner';

import { t } from '@/lib/i18n';

export function LoadingState({ label }: { label?: string }) {
  const text = label ?? t('Loading…');
  return (
    <div
      className="d-flex align-items-center gap-2 py-4 text-body-secondary"
      role="status"
    >
      <Spinner animation="border" size="sm" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
