import { useParams } from 'react-router-dom';

/** The organization and agent of the current route; routes guarantee both. */
export function useAgentRouteParams(): { orgUuid: string; agentId: string } {
  const { orgUuid = '', agentId = '' } = useParams();
  return { orgUuid, agentId };
}

export function useOrgRouteParams(): { orgUuid: string } {
  const { orgUuid = '' } = useParams();
  return { orgUuid };
}
