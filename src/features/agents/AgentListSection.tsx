import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type RefObject,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';

import { agentListQuery } from '@/api/queries/agentQueries';
import type { Agent, Offering } from '@/api/schemas';
import { LoadingState } from '@/components/LoadingState';
import { t } from '@/lib/i18n';
import { usePastEndRedirect } from '@/lib/usePastEndRedirect';

import { AgentListBody } from './AgentListBody';
import { DeleteAgentDialog } from './lazyDialogs';
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
  /** Where the focus goes when a delete leaves no agent to move it to. */
  fallbackFocusRef: RefObject<HTMLElement | null>;
}

/** The agents of the chosen offerings, one server-counted page at a time. */
export function AgentListSection({
  orgUuid,
  offerings,
  search,
  update,
  readOnlyReasonId,
  fallbackFocusRef,
}: AgentListSectionProps) {
  const [deleting, setDeleting] = useState<Agent | null>(null);
  // Mounted from the first delete on, so that closing still animates.
  const [hasDeleted, setHasDeleted] = useState(false);
  if (deleting && !hasDeleted) setHasDeleted(true);
  const listRef = useRef<HTMLDivElement>(null);
  // The Delete button that opened the dialog goes with its row, so after a
  // delete the focus moves to the agent that takes the row's place. Null
  // unless a delete went through: a cancel leaves the focus to the dialog.
  const deletingRow = useRef(0);
  const focusRow = useRef<number | null>(null);
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
  const queryClient = useQueryClient();
  const isMoving = usePastEndRedirect({
    page: params.page,
    pageSize: params.pageSize,
    query,
    fetchFirstPage: () =>
      queryClient.fetchQuery(agentListQuery(orgUuid, { ...params, page: 1 })),
    goToPage,
  });
  const offeringNames = useMemo(
    () => new Map(offerings.map((o) => [o.uuid, o.name])),
    [offerings],
  );

  // The last row of a page past the first goes: show the page before it.
  const wasLastRow = query.data?.items.length === 1 && search.page > 1;
  const onDelete = (agent: Agent) => {
    const row = query.data?.items.findIndex((a) => a.uuid === agent.uuid);
    deletingRow.current = Math.max(row ?? 0, 0);
    focusRow.current = null;
    setDeleting(agent);
  };
  const onDeleted = () => {
    // On the page before, the nearest agent is its last one.
    focusRow.current = wasLastRow ? PAGE_SIZE - 1 : deletingRow.current;
    setDeleting(null);
    if (wasLastRow) goToPage(search.page - 1);
  };
  const moveFocus = () => {
    const row = focusRow.current;
    if (row === null) return;
    focusRow.current = null;
    // After the dialog has put the focus back, or failed to (opener gone).
    setTimeout(() => {
      const links = listRef.current?.querySelectorAll<HTMLElement>(
        'tbody th[scope="row"] a',
      );
      const link = links?.[Math.min(row, links.length - 1)];
      (link ?? fallbackFocusRef.current)?.focus();
    });
  };

  // The dialog stays mounted whatever the list shows, so a delete that
  // empties the page still finishes and closes it.
  return (
    <>
      <div ref={listRef}>
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
            onDelete={onDelete}
          />
        )}
      </div>
      {hasDeleted && (
        <Suspense fallback={null}>
          <DeleteAgentDialog
            agent={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={onDeleted}
            onExited={moveFocus}
          />
        </Suspense>
      )}
    </>
  );
}
