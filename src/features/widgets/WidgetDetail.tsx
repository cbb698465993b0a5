import { useState, type Ref } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';

import type { Widget } from '@/api/schemas';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DisabledReason } from '@/components/DisabledReason';
import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

import { EmbedCodePanel } from './EmbedCodePanel';
import { useDeleteWidget, useSetWidgetActive } from './widgetMutations';

interface WidgetDetailProps {
  agentId: string;
  widget: Widget;
  widgetHost: string | null;
  canManage: boolean;
  /** Why the user may not manage widgets; null while unknown or allowed. */
  readOnlyReason: string | null;
  onEdit: () => void;
  /** After a delete; the refetched list may have unmounted this already. */
  onDeleted: () => void;
  /** For the page to focus once its widget form gives way to this. */
  editRef?: Ref<HTMLButtonElement>;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One widget: its actions, warnings and embed code. */
export function WidgetDetail({
  agentId,
  widget,
  widgetHost,
  canManage,
  readOnlyReason,
  onEdit,
  onDeleted,
  editRef,
  headingRef,
}: WidgetDetailProps) {
  const setActive = useSetWidgetActive(agentId);
  const remove = useDeleteWidget(agentId);
  const [isConfirming, setConfirming] = useState(false);
  const isReadOnly = !canManage;
  const error = setActive.error ?? remove.error;

  return (
    <section aria-labelledby="widget-detail-title" className="mt-4">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <h3
          id="widget-detail-title"
          ref={headingRef}
          tabIndex={-1}
          className="h5 mb-0 me-auto"
        >
          {widget.name}
        </h3>
        <DisabledReason reason={readOnlyReason}>
          <Button
            ref={editRef}
            variant="outline-primary"
            size="sm"
            onClick={onEdit}
            disabled={isReadOnly}
          >
            {t('Edit')}
          </Button>
          <Button
            variant="outline-secondary"
            size="sm"
            disabled={isReadOnly || setActive.isPending}
            onClick={() =>
              setActive.mutate({ widget, isActive: !widget.is_active })
            }
          >
            {setActive.isPending
              ? t('Saving…')
              : widget.is_active
                ? t('Deactivate')
                : t('Activate')}
          </Button>
          <Button
            variant="outline-danger"
            size="sm"
            disabled={isReadOnly}
            onClick={() => setConfirming(true)}
          >
            {t('Delete')}
          </Button>
        </DisabledReason>
      </div>
      {error && !isConfirming && (
        <Alert variant="danger">{describeError(error)}</Alert>
      )}
      {!widget.is_active && (
        <Alert variant="secondary">
          {t(
            'This widget is inactive: the embed code shows nothing until you activate it.',
          )}
        </Alert>
      )}
      {widget.allowed_origins.length === 0 && (
        <Alert variant="warning">
          {t(
            'No allowed origins: the widget works on no site. Edit it and add your site’s origin.',
          )}
        </Alert>
      )}
      <EmbedCodePanel widget={widget} widgetHost={widgetHost} />
      <ConfirmDialog
        show={isConfirming}
        title={t('Delete widget {name}?', { name: widget.name })}
        confirmLabel={t('Delete widget')}
        isPending={remove.isPending}
        onConfirm={async () => {
          // mutateAsync, not mutate's callbacks: the refetched list drops
          // this widget and unmounts this panel before a callback would run.
          try {
            await remove.mutateAsync(widget);
          } catch {
            return;
          }
          setConfirming(false);
          onDeleted();
        }}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>
          {t(
            'Sites that embed it will stop showing the chat. This cannot be undone.',
          )}
        </p>
        {remove.error && (
          <Alert variant="danger" className="mb-0">
            {describeError(remove.error)}
          </Alert>
        )}
      </ConfirmDialog>
    </section>
  );
}
