import Table from 'react-bootstrap/Table';

import type { AccessKey, UsageSummary } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { pairRotatedKeys } from './keyPairs';
import { type KeyActions, KeyRow, type KeyUsage } from './KeyRow';

interface KeysTableProps extends KeyActions {
  items: AccessKey[];
  /** The 30-day summary; undefined while loading, null when it failed. */
  summary: UsageSummary | null | undefined;
  now: Date;
  canManage: boolean;
  reasonId?: string;
  busyUuid: string | null;
}

function usageByKey(summary: UsageSummary) {
  return new Map<string, KeyUsage>(
    summary.by_access.map((row) => [row.access, row]),
  );
}

const NO_USAGE: KeyUsage = { requests: 0, tokens_input: 0, tokens_output: 0 };

/** One row per key; a rotated key and the old key it replaces sit together. */
export function KeysTable({ items, summary, ...rowProps }: KeysTableProps) {
  const usage = summary ? usageByKey(summary) : null;

  return (
    <Table responsive hover className="align-middle">
      <caption className="visually-hidden">
        {t('API keys of this agent')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('Name')}</th>
          <th scope="col">{t('Prefix')}</th>
          <th scope="col">{t('Project')}</th>
          <th scope="col">{t('Status')}</th>
          <th scope="col">{t('Expires')}</th>
          <th scope="col">{t('Last used')}</th>
          <th scope="col">{t('Created')}</th>
          <th scope="col" className="text-end">
            {t('Requests (30 days)')}
          </th>
          <th scope="col" className="text-end">
            {t('Tokens in / out (30 days)')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('Actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {pairRotatedKeys(items).map((row) => (
          <KeyRow
            key={row.key.uuid}
            row={row}
            usage={
              summary === undefined
                ? undefined
                : usage && (usage.get(row.key.uuid) ?? NO_USAGE)
            }
            {...rowProps}
          />
        ))}
      </tbody>
    </Table>
  );
}
