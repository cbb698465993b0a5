import { Link } from 'react-router-dom';

import { t } from '@/lib/i18n';

export function NotFoundPage({ message }: { message?: string }) {
  return (
    <div className="py-5">
      <h1 className="h3">{t('Page not found')}</h1>
      <p>{message ?? t('There is nothing at this address.')}</p>
      <Link to="/">{t('Back to your agents')}</Link>
    </div>
  );
}
