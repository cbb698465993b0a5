import { useEffect, useState } from 'react';

import { t } from '@/lib/i18n';

/*
 * A slow server may take up to a minute to be given up on (a 30 s timeout,
 * asked twice); after this long the person is told the wait is not normal.
 */
const SLOW_AFTER_MS = 10_000;

export function LoadingState({ label }: { label?: string }) {
  const text = label ?? t('Loading…');
  const [isSlow, setIsSlow] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setIsSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div
      className="d-flex flex-wrap align-items-center gap-2 py-4 text-body-secondary"
      role="status"
    >
      {/* Bootstrap's spinner markup: react-bootstrap's would add its
          component to every page's first load for the same element. */}
      <span className="spinner-border spinner-border-sm" aria-hidden="true" />
      <span>{text}</span>
      {/* Flex gaps space the words on screen; this space is for readers. */}
      {isSlow && ' '}
      {isSlow && (
        <span>
          {t('This is taking longer than usual; the server may be busy.')}
        </span>
      )}
    </div>
  );
}
