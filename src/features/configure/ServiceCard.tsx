import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';

import type { Service } from '@/api/schemas';
import { now } from '@/lib/clock';
import { t } from '@/lib/i18n';

import { ProcessorTable } from './ProcessorTable';
import { ServiceStateBadge, StaleMark } from './ServiceStateBadge';
import { isServiceStale } from './staleness';

interface ServiceCardProps {
  service: Service;
  canManage: boolean;
  onDelete: (service: Service) => void;
}

function formatStatistic(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One service: mode, state, what it reports, and its processors. */
export function ServiceCard({
  service,
  canManage,
  onDelete,
}: ServiceCardProps) {
  const headingId = `service-${service.uuid}`;
  const statistics = Object.entries(service.statistics);

  return (
    <Card as="article" className="mb-3" aria-labelledby={headingId}>
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <h3 id={headingId} className="h6 mb-0">
          {service.name}
        </h3>
        <ServiceStateBadge state={service.state} />
        {isServiceStale(service, now()) && (
          <StaleMark reason={t('No processor has run for over 10 minutes')} />
        )}
        <span className="text-body-secondary small ms-auto">
          {t('Mode: {mode}', { mode: service.mode ?? t('not set') })}
        </span>
        <Button
          variant="outline-danger"
          size="sm"
          disabled={!canManage}
          onClick={() => onDelete(service)}
          aria-label={t('Delete service {name}', { name: service.name })}
        >
          {t('Delete')}
        </Button>
      </Card.Header>
      <Card.Body>
        <h4 className="h6 small text-uppercase text-body-secondary">
          {t('Statistics')}
        </h4>
        {statistics.length === 0 ? (
          <p className="small text-body-secondary">
            {t('No statistics reported.')}
          </p>
        ) : (
          <dl className="row small mb-3">
            {statistics.map(([key, value]) => (
              <div key={key} className="col-sm-6 col-lg-4 d-flex gap-2">
                <dt className="fw-normal text-body-secondary">{key}</dt>
                <dd className="mb-0 text-break">{formatStatistic(value)}</dd>
              </div>
            ))}
          </dl>
        )}
        <h4 className="h6 small text-uppercase text-body-secondary">
          {t('Processors')}
        </h4>
        <ProcessorTable
          serviceName={service.name}
          processors={service.processors}
        />
      </Card.Body>
    </Card>
  );
}
