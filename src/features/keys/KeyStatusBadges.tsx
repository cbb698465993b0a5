import Badge from 'react-bootstrap/Badge';

import type { AccessKey } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { isNeverUsed, keyStatus, type KeyStatus } from './keyStatus';

const LOOKS: Record<
  KeyStatus,
  { bg: string; text?: 'dark'; label: () => string }
> = {
  active: { bg: 'success', label: () => t('Active') },
  expiring: { bg: 'warning', text: 'dark', label: () => t('Expires soon') },
  expired: { bg: 'danger', label: () => t('Expired') },
  revoked: { bg: 'secondary', label: () => t('Revoked') },
};

interface KeyStatusBadgesProps {
  accessKey: AccessKey;
  now: Date;
}

/** The status in words and colour, never colour alone; "Never used" beside. */
export function KeyStatusBadges({ accessKey, now }: KeyStatusBadgesProps) {
  const look = LOOKS[keyStatus(accessKey, now)];
  return (
    <span className="d-inline-flex flex-wrap gap-1">
      <Badge bg={look.bg} text={look.text}>
        {look.label()}
      </Badge>
      {isNeverUsed(accessKey) && (
        <Badge bg="body-tertiary" text="body" className="border">
          {t('Never used')}
        </Badge>
      )}
    </span>
  );
}
