import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';

import { isApiError } from '@/api/errors';
import { projectsQuery } from '@/api/queries/accountQueries';
import { agentQuery } from '@/api/queries/agentQueries';
import { accessKeysQuery } from '@/api/queries/keyQueries';
import type { AccessKey, CreatedAccessKey } from '@/api/schemas';
import { DisabledReason } from '@/components/DisabledReason';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { useCanManage } from '@/lib/useCanManage';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { CreateKeyDialog } from './CreateKeyDialog';
import { KeyConfirm, type KeyConfirmTarget } from './KeyConfirm';
import { KeyFilters } from './KeyFilters';
import { KeyListSection } from './KeyListSection';
import { toServerParams } from './keyListParams';
import { useDeleteKey, useRevokeKey, useRotateKey } from './keyMutations';
import { SecretDialog, type ShownSecret } from './SecretDialog';
import { TestKeyPanel } from './TestKeyPanel';
import { useKeyListSearch } from './useKeyListSearch';

const REASON_ID = 'keys-read-only-reason';

// A type, not an interface: t() takes a record of strings.
type FailureParams = { name: string; reason: string };

/** Drops the plaintext from the key object before anything else sees it. */
function toShown(
  created: CreatedAccessKey,
  kind: ShownSecret['kind'],
): ShownSecret {
  const { api_key: plaintext, ...key } = created;
  return { key, plaintext, kind };
}

export function KeysPage() {
  const { orgUuid, agentId } = useAgentRouteParams();
  const agent = useQuery(agentQuery(agentId));
  const access = useCanManage(orgUuid, agent.data?.offering);
  const { search, update } = useKeyListSearch();
  // The same query the list shows (one request): a 404 on the first page is
  // a Waldur without the provisional keys endpoint, where nothing here works.
  const list = useQuery({
    ...accessKeysQuery(toServerParams(agentId, search)),
    // The agent frame started it; a failure there is not sent again.
    retryOnMount: false,
  });
  const isUnavailable =
    search.page === 1 &&
    !list.data &&
    isApiError(list.error) &&
    list.error.status === 404;
  const { canManage, reason } = access;
  const projects = useQuery({
    ...projectsQuery(orgUuid),
    retryOnMount: false,
  });
  const [showCreate, setShowCreate] = useState(false);
  // The plaintext lives here and only here, until "Done".
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [target, setTarget] = useState<KeyConfirmTarget | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const createButtonRef = useRef<HTMLButtonElement>(null);
  // Where the focus goes back to when the secret dialog closes: what opened
  // it is gone (the create dialog) or was disabled meanwhile (Rotate).
  const returnFocusTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (secret !== null || !returnFocusTo.current) return;
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    (target.isConnected ? target : createButtonRef.current)?.focus();
  }, [secret]);
  const rotate = useRotateKey(agentId);
  const revoke = useRevokeKey(agentId);
  const remove = useDeleteKey(agentId);

  // Each message is a literal t() call, so the catalogue extractor sees it.
  const failed =
    (message: (params: FailureParams) => string, key: AccessKey) =>
    (error: unknown) =>
      setActionError(message({ name: key.name, reason: describeError(error) }));

  const onRotate = async (key: AccessKey) => {
    if (rotate.isPending) return;
    setActionError(null);
    returnFocusTo.current =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null;
    try {
      setSecret(toShown(await rotate.mutateAsync(key), 'rotated'));
      rotate.reset();
    } catch (error) {
      failed((p) => t('Could not rotate "{name}": {reason}', p), key)(error);
    }
  };

  const onConfirm = ({ action, key }: KeyConfirmTarget) => {
    setActionError(null);
    if (action === 'revoke') {
      // Optimistic: the dialog closes and the row shows revoked at once.
      setTarget(null);
      revoke.mutate(key, {
        onError: failed(
          (p) => t('Could not revoke "{name}": {reason}', p),
          key,
        ),
      });
      return;
    }
    remove.mutate(key, {
      onSuccess: () => setTarget(null),
      onError: (error) => {
        setTarget(null);
        failed((p) => t('Could not delete "{name}": {reason}', p), key)(error);
      },
    });
  };

  const createButton = (
    <Button
      ref={createButtonRef}
      onClick={() => setShowCreate(true)}
      disabled={!canManage}
      aria-describedby={canManage ? undefined : REASON_ID}
    >
      {t('Create key')}
    </Button>
  );

  return (
    <>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h2 className="h5 mb-0">{t('API keys')}</h2>
        {/* Without the endpoint the list says so once; nothing to act on. */}
        {!isUnavailable && (
          <DisabledReason reason={reason} id={REASON_ID}>
            {createButton}
          </DisabledReason>
        )}
      </div>
      {actionError && (
        <Alert
          variant="danger"
          dismissible
          onClose={() => setActionError(null)}
        >
          {actionError}
        </Alert>
      )}
      {!isUnavailable && (
        <KeyFilters
          search={search}
          update={update}
          projects={projects.data?.items}
        />
      )}
      <KeyListSection
        agentId={agentId}
        search={search}
        update={update}
        canManage={canManage}
        reasonId={REASON_ID}
        busyUuid={rotate.isPending ? (rotate.variables?.uuid ?? null) : null}
        createButton={createButton}
        onRotate={onRotate}
        onRevoke={(key) => setTarget({ action: 'revoke', key })}
        onDelete={(key) => setTarget({ action: 'delete', key })}
      />
      {!isUnavailable && <TestKeyPanel agentId={agentId} />}
      <KeyConfirm
        target={target}
        isPending={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setTarget(null)}
        // A revoked or deleted key's row loses the button that opened the
        // dialog, so the focus would fall back to the document.
        onExited={() => {
          setTimeout(() => {
            if (document.activeElement === document.body) {
              createButtonRef.current?.focus();
            }
          });
        }}
      />
      <CreateKeyDialog
        show={showCreate}
        orgUuid={orgUuid}
        agentId={agentId}
        preferredProject={search.project}
        onHide={() => setShowCreate(false)}
        onCreated={(created) => {
          setShowCreate(false);
          returnFocusTo.current = createButtonRef.current;
          setSecret(toShown(created, 'created'));
        }}
      />
      {secret && (
        <SecretDialog
          agentId={agentId}
          secret={secret}
          onClose={() => setSecret(null)}
        />
      )}
    </>
  );
}
