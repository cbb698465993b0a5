import type { CSSProperties } from 'react';
import Button from 'react-bootstrap/Button';

import type { AccessKey } from '@/api/schemas';
import { RelativeTime } from '@/components/RelativeTime';
import { t } from '@/lib/i18n';

import { browserTimeZone, formatExpiryDate } from './expiry';
import { formatCount, formatDate, formatPrefix } from './keyFormat';
import type { KeyRowModel } from './keyPairs';
import { KeyStatusBadges } from './KeyStatusBadges';

// The light grey of `table-light`, but from the colour mode, so that a
// replaced key's row stays readable in dark mode too.
const REPLACED_ROW = {
  '--bs-table-bg': 'var(--bs-tertiary-bg)',
} as CSSProperties;

export interface KeyUsage {
  requests: number;
  tokens_input: number;
  tokens_output: number;
}

export interface KeyActions {
  onRotate: (key: AccessKey) => void;
  onRevoke: (key: AccessKey) => void;
  onDelete: (key: AccessKey) => void;
}

interface KeyRowProps extends KeyActions {
  row: KeyRowModel;
  /** Undefined while the summary loads, null when it failed. */
  usage: KeyUsage | null | undefined;
  now: Date;
  canManage: boolean;
  /** The element saying why the actions are disabled. */
  reasonId?: string;
  busyUuid: string | null;
}

function usageText(
  usage: KeyUsage | null | undefined,
  pick: (u: KeyUsage) => string,
) {
  if (usage === undefined) return '…';
  if (usage === null) return '—';
  return pick(usage);
}

export function KeyRow({
  row,
  usage,
  now,
  canManage,
  reasonId,
  busyUuid,
  ...actions
}: KeyRowProps) {
  const { key, replaces, replacedBy } = row;
  const disabled = !canManage || busyUuid !== null;
  const describedBy = canManage ? undefined : reasonId;
  // Rotated pairs share a name; the prefix tells their buttons apart.
  const label = { name: key.name, prefix: formatPrefix(key.key_prefix) };

  return (
    <tr style={replacedBy ? REPLACED_ROW : undefined}>
      <td className={replacedBy ? 'ps-4' : undefined}>
        <div className="fw-semibold">{key.name}</div>
        {replacedBy && (
          <small className="text-body-secondary d-block">
            {t('↳ Replaced by {prefix}; works until revoked', {
              prefix: formatPrefix(replacedBy.key_prefix),
            })}
          </small>
        )}
        {replaces && (
          <small className="d-flex flex-wrap align-items-center gap-2">
            <span className="text-body-secondary">
              {t('Replaces {prefix}', {
                prefix: formatPrefix(replaces.key_prefix),
              })}
            </span>
            <Button
              variant="link"
              size="sm"
              className="p-0"
              disabled={disabled}
              aria-describedby={describedBy}
              aria-label={t('Revoke old key {prefix}', {
                prefix: formatPrefix(replaces.key_prefix),
              })}
              onClick={() => actions.onRevoke(replaces)}
            >
              {t('Revoke old key')}
            </Button>
          </small>
        )}
      </td>
      <td>
        <code className="font-monospace">{formatPrefix(key.key_prefix)}</code>
      </td>
      <td>{key.project_name}</td>
      <td>
        <KeyStatusBadges accessKey={key} now={now} />
      </td>
      <td>
        {key.expires_at ? (
          <time dateTime={key.expires_at}>
            {formatExpiryDate(key.expires_at, browserTimeZone())}
          </time>
        ) : (
          t('Never')
        )}
      </td>
      <td>
        {key.last_used_at ? (
          <RelativeTime value={key.last_used_at} from={now} />
        ) : (
          t('Never')
        )}
      </td>
      <td>
        <time dateTime={key.created}>{formatDate(key.created)}</time>
      </td>
      <td className="text-end">
        {usageText(usage, (u) => formatCount(u.requests))}
      </td>
      <td className="text-end">
        {usageText(
          usage,
          (u) =>
            `${formatCount(u.tokens_input)} / ${formatCount(u.tokens_output)}`,
        )}
      </td>
      <td className="text-nowrap">
        {key.is_active ? (
          // Stacked below very wide screens, so that the table fits.
          <span className="d-inline-flex flex-column flex-xxl-row gap-1">
            <Button
              size="sm"
              variant="outline-primary"
              disabled={disabled}
              aria-describedby={describedBy}
              aria-label={t('Rotate {name} ({prefix})', label)}
              onClick={() => actions.onRotate(key)}
            >
              {busyUuid === key.uuid ? t('Rotating…') : t('Rotate')}
            </Button>
            <Button
              size="sm"
              variant="outline-danger"
              disabled={disabled}
              aria-describedby={describedBy}
              aria-label={t('Revoke {name} ({prefix})', label)}
              onClick={() => actions.onRevoke(key)}
            >
              {t('Revoke')}
            </Button>
          </span>
        ) : (
          <Button
            size="sm"
            variant="outline-danger"
            disabled={disabled}
            aria-describedby={describedBy}
            aria-label={t('Delete {name} ({prefix})', label)}
            onClick={() => actions.onDelete(key)}
          >
            {t('Delete')}
          </Button>
        )}
      </td>
    </tr>
  );
}
