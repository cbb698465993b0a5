import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';

import { servicesQuery } from '@/api/queries/agentQueries';
import type { Service } from '@/api/schemas';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import { useDeleteService } from './configureMutations';
import { ServiceCard } from './ServiceCard';

interface ServicesPanelProps {
  agentId: string;
  canManage: boolean;
  reason: string | null;
}

/** What the agent runs: its services and their processors. */
export function ServicesPanel({
  agentId,
  canManage,
  reason,
}: ServicesPanelProps) {
  // The agent frame started it; a failure there is not sent again.
  const query = useQuery({ ...servicesQuery(agentId), retryOnMount: false });
  const remove = useDeleteService(agentId);
  const [target, setTarget] = useState<Service | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The deleted card took the Delete button that opened the dialog with it;
  // the dialog could not give the focus back, so the heading takes it.
  const isDeleted = useRef(false);

  const close = () => {
    setTarget(null);
    remove.reset();
  };
  const confirm = () => {
    if (!target || remove.isPending) return;
    remove.mutate(target.uuid, {
      onSuccess: () => {
        isDeleted.current = true;
        close();
      },
    });
  };
  const moveFocus = () => {
    if (!isDeleted.current) return;
    isDeleted.current = false;
    // After the dialog's own attempt to give the focus back to its opener.
    setTimeout(() => headingRef.current?.focus());
  };

  return (
    <section aria-labelledby="services-heading" className="mb-5">
      <h2
        id="services-heading"
        ref={headingRef}
        tabIndex={-1}
        className="h5 mb-3"
      >
        {t('Services')}
      </h2>
      {reason && query.data && query.data.items.length > 0 && (
        <p className="small text-body-secondary">{reason}</p>
      )}
      {query.isPending && <LoadingState label={t('Loading services…')} />}
      {query.isError && (
        <ErrorState
          title={t('Unable to load services')}
          error={query.error}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      )}
      {query.isSuccess && query.data.items.length === 0 && (
        <EmptyState title={t('This agent has not registered any services yet')}>
          <p className="mb-0 small">
            {t(
              'Services appear here once the agent starts with its config file and reports to this server.',
            )}
          </p>
        </EmptyState>
      )}
      {query.data?.items.map((service) => (
        <ServiceCard
          key={service.uuid}
          service={service}
          canManage={canManage}
          onDelete={setTarget}
        />
      ))}
      <ConfirmDialog
        show={target !== null}
        title={t('Delete service {name}?', { name: target?.name ?? '' })}
        confirmLabel={t('Delete service')}
        isPending={remove.isPending}
        onConfirm={confirm}
        onCancel={close}
        onExited={moveFocus}
      >
        <p>
          {t(
            'Its processors are deleted with it. A running agent registers the service again when it next reports.',
          )}
        </p>
        {remove.isError && (
          <Alert variant="danger" className="mb-0">
            {describeError(remove.error)}
          </Alert>
        )}
      </ConfirmDialog>
    </section>
  );
}
