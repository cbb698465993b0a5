import {
  CheckCircleFill,
  ExclamationTriangleFill,
  PauseCircleFill,
} from 'react-bootstrap-icons';

import { SERVICE_STATES } from '@/api/schemas';
import type { NestedService, ServiceState } from '@/api/schemas';
import { t } from '@/lib/i18n';

// Colour and icon repeat what the text says; the text alone is enough.
const LOOK: Record<
  ServiceState,
  { colour: string; Icon: typeof CheckCircleFill }
> = {
  Active: { colour: 'text-bg-success', Icon: CheckCircleFill },
  Idle: { colour: 'text-bg-warning', Icon: PauseCircleFill },
  Error: { colour: 'text-bg-danger', Icon: ExclamationTriangleFill },
};

const LABEL: Record<ServiceState, (count: number) => string> = {
  Active: (count) => t('{count} Active', { count }),
  Idle: (count) => t('{count} Idle', { count }),
  Error: (count) => t('{count} Error', { count }),
};

/** How many of the agent's services are in each state, as text badges. */
export function ServiceHealth({ services }: { services: NestedService[] }) {
  if (services.length === 0) {
    return <span className="text-body-secondary">{t('No services')}</span>;
  }

  const counts = new Map<ServiceState, number>();
  for (const service of services) {
    counts.set(service.state, (counts.get(service.state) ?? 0) + 1);
  }

  return (
    <ul className="list-inline mb-0 d-flex flex-wrap gap-1">
      {SERVICE_STATES.filter((state) => counts.has(state)).map((state) => {
        const { colour, Icon } = LOOK[state];
        return (
          <li key={state} className="list-inline-item m-0">
            <span
              className={`badge ${colour} d-inline-flex align-items-center gap-1`}
            >
              <Icon aria-hidden="true" />
              {LABEL[state](counts.get(state) ?? 0)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
