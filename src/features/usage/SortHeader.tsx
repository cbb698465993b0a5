import Button from 'react-bootstrap/Button';
import { CaretDownFill, CaretUpFill } from 'react-bootstrap-icons';

import { t } from '@/lib/i18n';

import type { KeySort, SortColumn } from './usageSearchParams';

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: KeySort;
  onSort: (sort: KeySort) => void;
  isNumeric?: boolean;
}

/** A column header that sorts the table; `aria-sort` tells which way. */
export function SortHeader({
  column,
  label,
  sort,
  onSort,
  isNumeric = false,
}: SortHeaderProps) {
  const isActive = sort.column === column;
  const ariaSort = isActive
    ? sort.descending
      ? 'descending'
      : 'ascending'
    : 'none';
  // Numbers read best largest first, names from A; a second click reverses.
  const next = isActive
    ? { column, descending: !sort.descending }
    : { column, descending: isNumeric };

  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={isNumeric ? 'text-end' : ''}
    >
      <Button
        variant="link"
        size="sm"
        className="p-0 fw-semibold text-reset text-decoration-none text-nowrap"
        onClick={() => onSort(next)}
        title={t('Sort by {column}', { column: label })}
      >
        {label}
        {isActive &&
          (sort.descending ? (
            <CaretDownFill className="ms-1" aria-hidden="true" />
          ) : (
            <CaretUpFill className="ms-1" aria-hidden="true" />
          ))}
      </Button>
    </th>
  );
}
