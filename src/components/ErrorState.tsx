import Button from 'react-bootstrap/Button';

import { describeError } from '@/lib/errors';
import { t } from '@/lib/i18n';

interface ErrorStateProps {
  /** What failed to load, e.g. "Unable to load agents". */
  title: string;
  error: unknown;
  onRetry?: () => void;
  isRetrying?: boolean;
}

/** A failed load names the thing, gives the server's reason, offers Retry. */
export function ErrorState({
  title,
  error,
  onRetry,
  isRetrying,
}: ErrorStateProps) {
  // Bootstrap's alert markup: react-bootstrap's Alert would bring a fade
  // transition, never used here, into every page's first load.
  return (
    <div
      role="alert"
      className="alert alert-danger d-flex flex-wrap align-items-center gap-3"
    >
      <div className="flex-grow-1">
        <strong>{title}</strong>
        <div>{describeError(error)}</div>
      </div>
      {onRetry && (
        <Button
          variant="outline-danger"
          onClick={onRetry}
          disabled={isRetrying}
        >
          {isRetrying ? t('Retrying…') : t('Retry')}
        </Button>
      )}
    </div>
  );
}
