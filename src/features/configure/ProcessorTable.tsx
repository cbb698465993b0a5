import Table from 'react-bootstrap/Table';

import type { NestedProcessor } from '@/api/schemas';
import { RelativeTime } from '@/components/RelativeTime';
import { now } from '@/lib/clock';
import { t } from '@/lib/i18n';

import { StaleMark } from './ServiceStateBadge';
import { isProcessorStale } from './staleness';

interface ProcessorTableProps {
  serviceName: string;
  processors: NestedProcessor[];
}

/** The processors of one service: backend, version, and their last run. */
export function ProcessorTable({
  serviceName,
  processors,
}: ProcessorTableProps) {
  if (processors.length === 0) {
    return (
      <p className="text-body-secondary small mb-0">
        {t('This service has not reported any processors.')}
      </p>
    );
  }

  const current = now();
  return (
    <Table size="sm" responsive className="mb-0">
      <caption className="visually-hidden">
        {t('Processors of {service}', { service: serviceName })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('Processor')}</th>
          <th scope="col">{t('Backend')}</th>
          <th scope="col">{t('Last run')}</th>
        </tr>
      </thead>
      <tbody>
        {processors.map((processor) => (
          <tr key={processor.uuid}>
            {/* Long class names may break, so the last run fits narrow screens. */}
            <td className="text-break">{processor.name}</td>
            <td>
              {processor.backend_type}{' '}
              <span className="text-body-secondary">
                {processor.backend_version ?? t('version unknown')}
              </span>
            </td>
            <td>
              <span className="d-inline-flex flex-wrap align-items-center gap-2">
                {processor.last_run ? (
                  <span className="text-nowrap">
                    <RelativeTime value={processor.last_run} />
                  </span>
                ) : (
                  <span>{t('Never')}</span>
                )}
                {isProcessorStale(processor, current) && (
                  <StaleMark
                    reason={
                      processor.last_run
                        ? t('Not run for over an hour')
                        : t('Has never run')
                    }
                  />
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
