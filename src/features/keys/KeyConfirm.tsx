import type { AccessKey } from '@/api/schemas';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { t } from '@/lib/i18n';

import { formatPrefix } from './keyFormat';

export interface KeyConfirmTarget {
  action: 'revoke' | 'delete';
  key: AccessKey;
}

interface KeyConfirmProps {
  target: KeyConfirmTarget | null;
  isPending: boolean;
  onConfirm: (target: KeyConfirmTarget) => void;
  onCancel: () => void;
  onExited?: () => void;
}

/** Asks before a revoke or a delete, naming the key and what follows. */
export function KeyConfirm({
  target,
  isPending,
  onConfirm,
  onCancel,
  onExited,
}: KeyConfirmProps) {
  const isRevoke = target?.action === 'revoke';
  const params = target
    ? { name: target.key.name, prefix: formatPrefix(target.key.key_prefix) }
    : { name: '', prefix: '' };

  return (
    <ConfirmDialog
      show={target !== null}
      title={
        isRevoke
          ? t('Revoke key "{name}"?', params)
          : t('Delete key "{name}"?', params)
      }
      confirmLabel={isRevoke ? t('Revoke key') : t('Delete key')}
      isPending={isPending}
      onConfirm={() => target && onConfirm(target)}
      onCancel={onCancel}
      onExited={onExited}
    >
      {isRevoke ? (
        <p className="mb-0">
          {t(
            'Software using the key "{name}" ({prefix}) stops working at once. Its usage history stays. This cannot be undone.',
            params,
          )}
        </p>
      ) : (
        <p className="mb-0">
          {t(
            'The revoked key "{name}" ({prefix}) is removed for good.',
            params,
          )}
        </p>
      )}
    </ConfirmDialog>
  );
}
