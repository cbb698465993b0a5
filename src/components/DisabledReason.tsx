import type { ReactNode } from 'react';

interface DisabledReasonProps {
  /** Shown beside the controls when they are disabled; null when enabled. */
  reason: string | null;
  children: ReactNode;
  /** Id of the reason text, for `aria-describedby` on the controls. */
  id?: string;
}

/** A disabled control says why, in text beside it, not only on hover. */
export function DisabledReason({ reason, children, id }: DisabledReasonProps) {
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      {children}
      {reason && (
        <small id={id} className="text-body-secondary">
          {reason}
        </small>
      )}
    </span>
  );
}
