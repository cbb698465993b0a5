import {
  keepPreviousData,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useSearchParams } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import { agentQuery } from '@/api/queries/agentQueries';
import {
  WIDGETS_PAGE_SIZE,
  widgetQuery,
  widgetsQuery,
} from '@/api/queries/widgetQueries';
import type { Widget } from '@/api/schemas';
import { DisabledReason } from '@/components/DisabledReason';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { t } from '@/lib/i18n';
import { useCanManage } from '@/lib/useCanManage';
import { usePastEndRedirect } from '@/lib/usePastEndRedirect';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { widgetPageFrom } from './prefetchWidgetsPage';
import { configuredWidgetHost } from './widgetHost';
import { WidgetDetail } from './WidgetDetail';
import { WidgetForm } from './WidgetForm';
import { WidgetList } from './WidgetList';

/** Tied to its agent: moving to another agent's page ends the edit. */
type Editing = { agentId: string; widget?: Widget } | null;

type FocusGoal =
  { kind: 'create' | 'edit' } | { kind: 'saved' | 'deleted'; uuid: string };

/** The agent's chat widgets: list, embed code, create and edit. */
export function WidgetsPage() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const agent = useQuery(agentQuery(agentId));
  const { canManage, reason } = useCanManage(orgUuid, agent.data?.offering);
  const [searchParams, setSearchParams] = useSearchParams();
  const page = widgetPageFrom(searchParams);
  const selectedParam = searchParams.get('widget');
  const query = useQuery({
    ...widgetsQuery(agentId, page),
    placeholderData: keepPreviousData,
    // The agent frame started it; a failure there is not sent again.
    retryOnMount: false,
  });
  const items = query.data?.items ?? [];
  const listed = selectedParam
    ? items.find((widget) => widget.uuid === selectedParam)
    : items[0];
  // A link to a widget on another page of the list (or from another tab)
  // still opens it: asked for on its own once the list shows it is not here.
  const linked = useQuery({
    ...widgetQuery(agentId, selectedParam ?? ''),
    enabled: query.isSuccess && selectedParam !== null && !listed,
  });
  const selected =
    listed ??
    (linked.data?.identity === agentId && linked.data.uuid === selectedParam
      ? linked.data
      : undefined);
  const [editing, setEditing] = useState<Editing>(null);
  // The form replaces the list, taking its buttons along; once the list is
  // back, the focus goes to the saved widget or back to the form's opener.
  // A deleted widget's panel goes with the Delete button that opened its
  // dialog: the focus goes to Create, which stays whatever the list shows.
  const pendingFocus = useRef<FocusGoal | null>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const goal = pendingFocus.current;
    if (!goal || editing) return;
    // The saved widget's panel replaces the one shown until its uuid is in
    // the address; focus given before then would go with the old panel.
    if (goal.kind === 'saved' && selectedParam !== goal.uuid) return;
    // Until the deleted widget's panel is gone, its dialog keeps the focus.
    if (goal.kind === 'deleted' && selected?.uuid === goal.uuid) return;
    pendingFocus.current = null;
    const preferred =
      goal.kind === 'saved'
        ? detailHeadingRef.current
        : goal.kind === 'edit'
          ? editRef.current
          : null;
    (preferred ?? createRef.current)?.focus();
  });

  const setParams = (changes: Record<string, string | null>) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const queryClient = useQueryClient();
  const isPastEnd = usePastEndRedirect({
    page,
    pageSize: WIDGETS_PAGE_SIZE,
    query,
    fetchFirstPage: () => queryClient.fetchQuery(widgetsQuery(agentId, 1)),
    goToPage: (last) =>
      setParams({ page: last > 1 ? String(last) : null, widget: null }),
  });

  if (editing && editing.agentId === agentId) {
    return (
      <WidgetForm
        key={editing.widget?.uuid ?? 'new'}
        agentId={agentId}
        widget={editing.widget}
        onCancel={() => {
          pendingFocus.current = { kind: editing.widget ? 'edit' : 'create' };
          setEditing(null);
        }}
        onSaved={(saved) => {
          pendingFocus.current = { kind: 'saved', uuid: saved.uuid };
          setEditing(null);
          setParams({ widget: saved.uuid });
        }}
      />
    );
  }

  const createButton = (
    <DisabledReason reason={reason}>
      <Button
        ref={createRef}
        onClick={() => setEditing({ agentId })}
        disabled={!canManage}
      >
        {t('Create widget')}
      </Button>
    </DisabledReason>
  );

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <h2 className="h4 mb-0 me-auto">{t('Chat widgets')}</h2>
        {items.length > 0 && createButton}
      </div>
      <p className="text-body-secondary">
        {t('A widget puts this agent on a website as a chat bubble.')}
      </p>
      {(query.isPending || isPastEnd) && (
        <LoadingState label={t('Loading widgets…')} />
      )}
      {query.isError &&
        !isPastEnd &&
        // Without the provisional endpoint even the first page is a 404.
        (isApiError(query.error) && query.error.status === 404 ? (
          <EmptyState
            title={t('Chat widgets are not available on this server.')}
          />
        ) : (
          <ErrorState
            title={t('Unable to load widgets')}
            error={query.error}
            onRetry={() => query.refetch()}
            isRetrying={query.isFetching}
          />
        ))}
      {query.isSuccess && !isPastEnd && items.length === 0 && (
        <EmptyState title={t('No widgets yet')}>
          <p>{t('Create one to get embed code for your website.')}</p>
          {createButton}
        </EmptyState>
      )}
      {query.isSuccess && items.length > 0 && (
        <>
          <WidgetList widgets={items} selectedUuid={selected?.uuid ?? null} />
          <Pager
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hasNext={query.data.hasNext}
            hasPrev={query.data.hasPrev}
            onPage={(next) => setParams({ page: String(next), widget: null })}
          />
          {selected ? (
            <WidgetDetail
              key={selected.uuid}
              agentId={agentId}
              widget={selected}
              widgetHost={configuredWidgetHost()}
              canManage={canManage}
              readOnlyReason={reason}
              editRef={editRef}
              headingRef={detailHeadingRef}
              onEdit={() => setEditing({ agentId, widget: selected })}
              onDeleted={() => {
                pendingFocus.current = { kind: 'deleted', uuid: selected.uuid };
                setParams({ widget: null });
              }}
            />
          ) : linked.isPending ? (
            <LoadingState label={t('Loading the widget…')} />
          ) : linked.isError &&
            !(isApiError(linked.error) && linked.error.status === 404) ? (
            <ErrorState
              title={t('Unable to load the widget')}
              error={linked.error}
              onRetry={() => linked.refetch()}
              isRetrying={linked.isFetching}
            />
          ) : (
            <Alert variant="info" className="mt-3">
              {t(
                'The selected widget no longer exists or belongs to another agent. Pick one from the list.',
              )}
            </Alert>
          )}
        </>
      )}
    </>
  );
}
