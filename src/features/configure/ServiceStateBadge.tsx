import Badge from 'react-bootstrap/Badge';

import type { ServiceState } from '@/api/schemas';
import { t } from '@/lib/i18n';

const LOOK: Record<
  ServiceState,
  { bg: string; text?: 'dark'; label: () => string }
> = {
  Active: { bg: 'success', label: () => t('Active') },
  Idle: { bg: 'warning', text: 'dark', label: () => t('Idle') },
  Error: { bg: 'danger', label: () => t('Error') },
};

/** A service's state in words and colour; the words carry the meaning. */
export function ServiceStateBadge({ state }: { state: ServiceState }) {
  const look = LOOK[state];
  return (
    <Badge bg={look.bg} text={look.text}>
      {look.label()}
    </Badge>
  );
}

/** A "Stale" mark with the reason beside it, not only in colour. */
export function StaleMark({ reason }: { reason: string }) {
  return (
    <span className="d-inline-flex align-items-center gap-1 small">
      <Badge bg="secondary">{t('Stale')}</Badge>
      <span className="text-body-secondary">{reason}</span>
    </span>
  );
}
