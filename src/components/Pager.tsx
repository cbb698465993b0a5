import Pagination from 'react-bootstrap/Pagination';

import { t } from '@/lib/i18n';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number | null;
  hasNext: boolean;
  hasPrev: boolean;
  onPage: (page: number) => void;
}

/**
 * Pagination that follows the server: the last page comes from
 * `X-Result-Count` when readable, otherwise only Previous and Next.
 */
export function Pager({
  page,
  pageSize,
  total,
  hasNext,
  hasPrev,
  onPage,
}: PagerProps) {
  const lastPage =
    total === null ? null : Math.max(1, Math.ceil(total / pageSize));
  if (!hasNext && !hasPrev && (lastPage === null || lastPage <= 1)) return null;

  const summary =
    lastPage === null
      ? t('Page {page}', { page })
      : t('Page {page} of {pages}', { page, pages: lastPage });

  return (
    <nav
      aria-label={t('Pagination')}
      className="d-flex align-items-center gap-3"
    >
      <Pagination className="mb-0">
        <Pagination.Prev disabled={!hasPrev} onClick={() => onPage(page - 1)}>
          {t('Previous')}
        </Pagination.Prev>
        <Pagination.Next disabled={!hasNext} onClick={() => onPage(page + 1)}>
          {t('Next')}
        </Pagination.Next>
      </Pagination>
      <span className="text-body-secondary small">{summary}</span>
    </nav>
  );
}
