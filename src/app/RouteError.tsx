import { useEffect } from 'react';
import Button from 'react-bootstrap/Button';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

import { t } from '@/lib/i18n';
import { reportError } from '@/lib/report';

import { NotFoundPage } from './NotFoundPage';

/** Route-level boundary: a crash in one page leaves the rest usable. */
export function RouteError() {
  const error = useRouteError();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;

  useEffect(() => {
    if (!isNotFound) reportError(error, 'route error');
  }, [error, isNotFound]);

  if (isNotFound) return <NotFoundPage />;
  return (
    <div role="alert" className="alert alert-danger m-4">
      <h1 className="h5">{t('This page failed to load.')}</h1>
      <p>{t('Reload the page, or go back to your agents.')}</p>
      <div className="d-flex gap-2">
        <Button
          variant="outline-danger"
          onClick={() => window.location.reload()}
        >
          {t('Reload')}
        </Button>
        <Link className="btn btn-link" to="/">
          {t('Back to your agents')}
        </Link>
      </div>
    </div>
  );
}
