import { t } from '@/lib/i18n';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number | null;
  hasNext: boolean;
  hasPrev: boolean;
  onPage: (page: number) => void;
}

function PageButton({
  disabled,
  onClick,
  children,
}: {
  disabled: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <li className={disabled ? 'page-item disabled' : 'page-item'}>
      <button
        type="button"
        className="page-link"
        disabled={disabled}
        onClick={onClick}
      >
        {children}
      </button>
    </li>
  );
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

  // Bootstrap's pagination markup, written out: the agent list's first
  // load has no room for react-bootstrap's Pagination.
  return (
    <nav
      aria-label={t('Pagination')}
      className="d-flex align-items-center gap-3"
    >
      <ul className="pagination mb-0">
        <PageButton disabled={!hasPrev} onClick={() => onPage(page - 1)}>
          {t('Previous')}
        </PageButton>
        <PageButton disabled={!hasNext} onClick={() => onPage(page + 1)}>
          {t('Next')}
        </PageButton>
      </ul>
      <span className="text-body-secondary small">{summary}</span>
    </nav>
  );
}
