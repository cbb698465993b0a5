import { useQuery } from '@tanstack/react-query';

import { agentOfferingsQuery } from '@/api/queries/accountQueries';
import { agentQuery } from '@/api/queries/agentQueries';
import { LoadingState } from '@/components/LoadingState';
import { t } from '@/lib/i18n';
import { useCanManage } from '@/lib/useCanManage';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { AgentForm } from './AgentForm';
import { McpPanel } from './McpPanel';
import { ServicesPanel } from './ServicesPanel';

/** An agent's settings, then what it runs (services), then its MCP surface. */
export function ConfigurePage() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const { data: agent } = useQuery(agentQuery(agentId));
  const offerings = useQuery({
    ...agentOfferingsQuery(orgUuid),
    // The agent frame started it; a failure there is not sent again.
    retryOnMount: false,
  });
  const { canManage, reason } = useCanManage(orgUuid, agent?.offering);

  // The layout renders this page once the agent loaded; the uuid check
  // keeps a previous agent's copy from ever seeding this agent's form.
  if (!agent || agent.uuid !== agentId) {
    return <LoadingState label={t('Loading agent…')} />;
  }

  const offering = offerings.data?.items.find((o) => o.uuid === agent.offering);
  // Without the offerings (failed, or not visible to this user) the uuid
  // still identifies it, said to be one rather than passed off as a name.
  const offeringName =
    offering?.name ??
    (offerings.isPending
      ? t('Loading…')
      : t('{uuid} (name unavailable)', { uuid: agent.offering }));

  return (
    <>
      <section aria-labelledby="settings-heading" className="mb-5">
        <h2 id="settings-heading" className="h5 mb-3">
          {t('Settings')}
        </h2>
        <AgentForm
          key={agent.uuid}
          agent={agent}
          offeringName={offeringName}
          canManage={canManage}
          readOnlyReason={reason}
        />
      </section>
      <ServicesPanel
        agentId={agent.uuid}
        canManage={canManage}
        reason={reason}
      />
      <McpPanel agent={agent} />
    </>
  );
}
