import { useQuery } from '@tanstack/react-query';

import { currentUserQuery } from '@/api/queries/accountQueries';

import { t } from './i18n';
import { canManageAgents } from './permissions';

/**
 * Whether the signed-in user may change agents of this offering, and the
 * reason shown beside disabled controls when not. Unknown while loading.
 */
export function useCanManage(orgUuid: string, offeringUuid?: string) {
  const { data: user } = useQuery(currentUserQuery());
  const canManage = canManageAgents(user, orgUuid, offeringUuid);
  return {
    canManage,
    reason:
      canManage || !user
        ? null
        : t(
            'Read only: only organization owners and offering managers can change this.',
          ),
  };
}
