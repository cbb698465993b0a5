import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router-dom';

import { currentUserQuery } from '@/api/queries/accountQueries';
import type { CurrentUser } from '@/api/schemas';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';

/** Owned organizations first, then any organization the user belongs to. */
export function firstOrganization(user: CurrentUser): string | null {
  const owned = user.permissions.find((p) => p.role_name === 'CUSTOMER.OWNER');
  return (owned ?? user.permissions[0])?.customer_uuid ?? null;
}

export function RootRedirect() {
  const query = useQuery(currentUserQuery());

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <ErrorState
        title={t('Unable to load your account')}
        error={query.error}
        onRetry={() => query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  const org = firstOrganization(query.data);
  if (!org) {
    return (
      <EmptyState title={t('You are not a member of any organization yet.')}>
        <p className="mb-0">
          {t('Ask an organization owner in Waldur to add you, then reload.')}
        </p>
      </EmptyState>
    );
  }
  return <Navigate to={routes.agents(org)} replace />;
}
