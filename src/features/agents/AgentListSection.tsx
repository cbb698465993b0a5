import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, useState } from 'react';

import { agentListQuery } from '@/api/queries/agentQueries';
import type { Agent, Offering } from '@/api/schemas';
import { LoadingState } from '@/components/LoadingState';
import { t } from '@/lib/i18n';

import { AgentListBody } from './AgentListBody';
import { DeleteAgentDialog } from './lazyDialogs';
import { useLastPageRedirect } from './useLastPageRedirect';
import type { AgentListSearch } from './useAgentListSearch';

export const PAGE_SIZE = 10;

interface AgentListSectionProps {
  orgUuid: string;
  offerings: Offering[];
  search: AgentListSearch;
  update: (
    changes: Partial<AgentListSearch>,
    options?: { replace?: boolean },
  ) => void;
  readOnlyReasonId: string;
}

/** The agents of the chosen offerings, one server-counted page at a time. */
export function AgentListSection({
  orgUuid,
  offerings,
  search,
  update,
  readOnlyReasonId,
}: AgentListSectionProps) {
  const [deleting, setDeleting] = useState<Agent | null>(null);
  // Mounted from the first delete on, so that closing still animates.
  const [hasDeleted, setHasDeleted] = useState(false);
  if (deleting && !hasDeleted) setHasDeleted(true);
  const params = useMemo(
    () => ({
      offeringUuids: search.offering
        ? [search.offering]
        : offerings.map((offering) => offering.uuid),
      name: search.name || undefined,
      page: search.page,
      pageSize: PAGE_SIZE,
    }),
    [offerings, search.offering, search.name, search.page],
  );
  const query = useQuery(agentListQuery(orgUuid, params));
  const goToPage = useCallback(
    (page: number) => update({ page }, { replace: true }),
    [update],
  );
  const isMoving = useLastPageRedirect(orgUuid, params, query, goToPage);
  const offeringNames = useMemo(
    () => new Map(offerings.map((o) => [o.uuid, o.name])),
    [offerings],
  );

  // The last row of a page past the first goes: show the page before it.
  const wasLastRow = query.data?.items.length === 1 && search.page > 1;
  const onDeleted = () => {
    setDeleting(null);
    if (wasLastRow) goToPage(search.page - 1);
  };

  // The dialog stays mounted whatever the list shows, so a delete that
  // empties the page still finishes and closes it.
  return (
    <>
      {isMoving ? (
        <LoadingState label={t('Finding the last page…')} />
      ) : (
        <AgentListBody
          orgUuid={orgUuid}
          offerings={offerings}
          offeringNames={offeringNames}
          search={search}
          update={update}
          query={query}
          readOnlyReasonId={readOnlyReasonId}
          onDelete={setDeleting}
        />
      )}
      {hasDeleted && (
        <Suspense fallback={null}>
          <DeleteAgentDialog
            agent={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={onDeleted}
          />
        </Suspense>
      )}
    </>
  );
}
