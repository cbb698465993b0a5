import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import {
  agentOfferingsQuery,
  currentUserQuery,
  customerQuery,
} from '@/api/queries/accountQueries';
import { DisabledReason } from '@/components/DisabledReason';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';
import { canManageAgents } from '@/lib/permissions';
import { useCanManage } from '@/lib/useCanManage';
import { useOrgRouteParams } from '@/lib/useRouteParams';

import { NoOfferingsState } from './AgentEmptyStates';
import { AgentFilters } from './AgentFilters';
import { AgentListSection } from './AgentListSection';
import { loadRegisterAgentDialog, RegisterAgentDialog } from './lazyDialogs';
import { useAgentListSearch } from './useAgentListSearch';

const REASON_ID = 'agent-list-read-only-reason';

/** The organization's agents across its agent offerings. */
export function AgentListPage() {
  const { orgUuid } = useOrgRouteParams();
  const customer = useQuery(customerQuery(orgUuid));
  const offeringsQuery = useQuery(agentOfferingsQuery(orgUuid));
  const { data: user } = useQuery(currentUserQuery());
  const { reason: orgReason } = useCanManage(orgUuid);
  const { search, update } = useAgentListSearch();
  const [isRegistering, setIsRegistering] = useState(false);
  // Mounted from the first opening on, so that closing still animates.
  const [hasRegistered, setHasRegistered] = useState(false);
  const registerRef = useRef<HTMLButtonElement>(null);

  const offerings = offeringsQuery.data?.items;
  const manageable = useMemo(
    () =>
      offerings?.filter((o) => canManageAgents(user, orgUuid, o.uuid)) ?? [],
    [offerings, user, orgUuid],
  );
  // An offering of another organization in the URL would list agents this
  // page is not about; fall back to all of this organization's offerings.
  const isUnknownOffering =
    !!offerings &&
    search.offering !== '' &&
    !offerings.some((o) => o.uuid === search.offering);
  useEffect(() => {
    if (isUnknownOffering) update({ offering: '' }, { replace: true });
  }, [isUnknownOffering, update]);

  if (isApiError(customer.error) && customer.error.status === 404) {
    return <OrganizationNotFound />;
  }

  const canRegister = manageable.length > 0;
  const registerReason = canRegister
    ? null
    : (orgReason ??
      (offerings?.length === 0
        ? t('There is no agent offering to register an agent for.')
        : null));
  const reason =
    canRegister && orgReason
      ? t('You manage some offerings only: agents of the others are read only.')
      : registerReason;

  return (
    <>
      <div className="d-flex flex-wrap align-items-start justify-content-between gap-3 mb-3">
        <div>
          <h1 className="h3 mb-1">{t('Agents')}</h1>
          <p className="text-body-secondary mb-0">
            {customer.data?.name ?? '\u00a0'}
          </p>
        </div>
        <DisabledReason reason={reason} id={REASON_ID}>
          <Button
            ref={registerRef}
            disabled={!canRegister}
            aria-describedby={registerReason ? REASON_ID : undefined}
            onMouseEnter={() => void loadRegisterAgentDialog()}
            onFocus={() => void loadRegisterAgentDialog()}
            onClick={() => {
              setHasRegistered(true);
              setIsRegistering(true);
            }}
          >
            {t('Register agent')}
          </Button>
        </DisabledReason>
      </div>
      {offeringsQuery.isPending && (
        <LoadingState label={t('Loading agents…')} />
      )}
      {offeringsQuery.isError && (
        <ErrorState
          title={t('Unable to load the agent offerings of this organization')}
          error={offeringsQuery.error}
          onRetry={() => void offeringsQuery.refetch()}
          isRetrying={offeringsQuery.isFetching}
        />
      )}
      {offerings?.length === 0 && (
        <NoOfferingsState orgName={customer.data?.name ?? null} />
      )}
      {offerings && offerings.length > 0 && !isUnknownOffering && (
        <>
          <AgentFilters
            search={search}
            offerings={offerings}
            onChange={update}
          />
          <AgentListSection
            orgUuid={orgUuid}
            offerings={offerings}
            search={search}
            update={update}
            readOnlyReasonId={REASON_ID}
            fallbackFocusRef={registerRef}
          />
        </>
      )}
      {hasRegistered && (
        <Suspense fallback={null}>
          <RegisterAgentDialog
            show={isRegistering}
            orgUuid={orgUuid}
            offerings={manageable}
            preferredOffering={search.offering}
            onHide={() => setIsRegistering(false)}
          />
        </Suspense>
      )}
    </>
  );
}

function OrganizationNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">{t('Organization not found')}</h1>
      <p>
        {t('This organization does not exist, or you are not a member of it.')}
      </p>
      <Link to={routes.root()}>{t('Back to your agents')}</Link>
    </div>
  );
}
