import Button from 'react-bootstrap/Button';

import { t } from '@/lib/i18n';

interface KeyFilterBarProps {
  /** Keys ticked in the table, not yet applied. */
  chosen: string[];
  /** Keys the page is filtered to now. */
  filterKeys: string[];
  onApply: () => void;
  onClear: () => void;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

/**
 * Ticking keys is a draft; "Show only chosen keys" filters the whole page
 * (totals, charts, table, export) in one request.
 */
export function KeyFilterBar({
  chosen,
  filterKeys,
  onApply,
  onClear,
}: KeyFilterBarProps) {
  const isFiltered = filterKeys.length > 0;
  const canApply = chosen.length > 0 && !sameKeys(chosen, filterKeys);

  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
      <span className="small text-body-secondary" role="status">
        {isFiltered
          ? t('Filtered to chosen keys: {count}.', {
              count: filterKeys.length,
            })
          : t('All keys.')}{' '}
        {chosen.length === 0 && t('Tick keys in the table to filter by them.')}
      </span>
      <Button
        size="sm"
        variant="outline-primary"
        disabled={!canApply}
        onClick={onApply}
      >
        {t('Show only chosen keys ({count})', { count: chosen.length })}
      </Button>
      {isFiltered && (
        <Button size="sm" variant="outline-secondary" onClick={onClear}>
          {t('Show all keys')}
        </Button>
      )}
    </div>
  );
}
