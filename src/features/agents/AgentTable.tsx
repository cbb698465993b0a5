import { useQueryClient } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router-dom';

import { agentQuery } from '@/api/queries/agentQueries';
import type { Agent } from '@/api/schemas';
import { RelativeTime } from '@/components/RelativeTime';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';
import { useCanManage } from '@/lib/useCanManage';

import { loadDeleteAgentDialog } from './lazyDialogs';
import { ServiceHealth } from './ServiceHealth';

interface AgentTableProps {
  orgUuid: string;
  agents: Agent[];
  offeringNames: Map<string, string>;
  /** Id of the text that says why Delete is disabled, when it is. */
  readOnlyReasonId: string;
  onDelete: (agent: Agent) => void;
}

export function AgentTable({
  orgUuid,
  agents,
  offeringNames,
  readOnlyReasonId,
  onDelete,
}: AgentTableProps) {
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle">
        <thead>
          <tr>
            <th scope="col">{t('Name')}</th>
            <th scope="col">{t('Offering')}</th>
            <th scope="col">{t('Version')}</th>
            <th scope="col">{t('Service health')}</th>
            <th scope="col">{t('Last restart')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <AgentRow
              key={agent.uuid}
              orgUuid={orgUuid}
              agent={agent}
              offeringName={offeringNames.get(agent.offering) ?? agent.offering}
              readOnlyReasonId={readOnlyReasonId}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface AgentRowProps {
  orgUuid: string;
  agent: Agent;
  offeringName: string;
  readOnlyReasonId: string;
  onDelete: (agent: Agent) => void;
}

function AgentRow({
  orgUuid,
  agent,
  offeringName,
  readOnlyReasonId,
  onDelete,
}: AgentRowProps) {
  const queryClient = useQueryClient();
  // Offering managers may manage this row even when not owners of the org.
  const { canManage, reason } = useCanManage(orgUuid, agent.offering);
  // Opening an agent after hovering it should not wait for the network.
  const prefetch = () => void queryClient.prefetchQuery(agentQuery(agent.uuid));

  return (
    <tr>
      <th scope="row" className="fw-normal">
        <Link
          to={routes.configure(orgUuid, agent.uuid)}
          onMouseEnter={prefetch}
          onFocus={prefetch}
        >
          {agent.name}
        </Link>
      </th>
      <td>{offeringName}</td>
      <td>
        {agent.version ?? (
          <span className="text-body-secondary">{t('Not set')}</span>
        )}
      </td>
      <td>
        <ServiceHealth services={agent.services} />
      </td>
      <td>
        {agent.last_restarted ? (
          <RelativeTime value={agent.last_restarted} />
        ) : (
          <span className="text-body-secondary">{t('Never')}</span>
        )}
      </td>
      <td className="text-end">
        <Button
          variant="outline-danger"
          size="sm"
          disabled={!canManage}
          title={reason ?? undefined}
          aria-describedby={canManage ? undefined : readOnlyReasonId}
          aria-label={t('Delete {name}', { name: agent.name })}
          onClick={() => onDelete(agent)}
          onMouseEnter={() => void loadDeleteAgentDialog()}
          onFocus={() => void loadDeleteAgentDialog()}
        >
          {t('Delete')}
        </Button>
      </td>
    </tr>
  );
}
