import { useId, useMemo, useState } from 'react';
import Form from 'react-bootstrap/Form';
import Table from 'react-bootstrap/Table';
import { Link } from 'react-router-dom';

import { EmptyState } from '@/components/EmptyState';
import { Pager } from '@/components/Pager';
import { t } from '@/lib/i18n';

import { formatCount, formatLastUsed, formatShare } from './format';
import { KeyFilterBar } from './KeyFilterBar';
import {
  KEYS_PAGE_SIZE,
  pageCount,
  pageOf,
  sortKeyRows,
  type KeyRow,
} from './keyRows';
import { SortHeader } from './SortHeader';
import type { KeySort } from './usageSearchParams';

interface KeyUsageTableProps {
  rows: KeyRow[];
  sort: KeySort;
  page: number;
  /** The keys the page is filtered to (empty: all keys). */
  filterKeys: string[];
  /** Where a key's name leads: the keys page, searched for that name. */
  keyLink: (name: string) => string;
  onSort: (sort: KeySort) => void;
  onPage: (page: number) => void;
  onFilter: (keys: string[]) => void;
}

/** Usage per key, sortable, 25 a page, with a choice of keys to filter by. */
export function KeyUsageTable(props: KeyUsageTableProps) {
  const { rows, sort, filterKeys, keyLink, onSort, onPage, onFilter } = props;
  const [chosen, setChosen] = useState(() => new Set(filterKeys));
  const noteId = useId();
  const sorted = useMemo(() => sortKeyRows(rows, sort), [rows, sort]);
  const lastPage = pageCount(sorted.length);
  const page = Math.min(props.page, lastPage);
  const header = { sort, onSort };

  const toggle = (uuid: string) => {
    const next = new Set(chosen);
    if (next.has(uuid)) next.delete(uuid);
    else next.add(uuid);
    setChosen(next);
  };

  return (
    <section aria-labelledby="usage-keys-heading" className="mb-4">
      <h2 id="usage-keys-heading" className="h5">
        {t('Per key')}
      </h2>
      <KeyFilterBar
        chosen={[...chosen]}
        filterKeys={filterKeys}
        onApply={() => onFilter([...chosen])}
        onClear={() => onFilter([])}
      />
      {rows.length === 0 ? (
        <EmptyState title={t('No keys have usage in this range')}>
          <p className="mb-0 text-body-secondary">
            {t('Keys appear here once they have made requests.')}
          </p>
        </EmptyState>
      ) : (
        <>
          {/* Outside the table, which scrolls sideways on a narrow screen,
              so that the note wraps instead of running off the edge. */}
          <p id={noteId} className="small text-body-secondary mb-2">
            {t('Share is each key’s share of all requests in the range.')}
          </p>
          <Table
            responsive
            hover
            size="sm"
            className="align-middle"
            aria-labelledby={noteId}
          >
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('Choose')}</span>
                </th>
                <SortHeader column="name" label={t('Name')} {...header} />
                <SortHeader column="prefix" label={t('Prefix')} {...header} />
                <SortHeader
                  column="tokens_in"
                  label={t('Tokens in')}
                  isNumeric
                  {...header}
                />
                <SortHeader
                  column="tokens_out"
                  label={t('Tokens out')}
                  isNumeric
                  {...header}
                />
                <SortHeader
                  column="requests"
                  label={t('Requests')}
                  isNumeric
                  {...header}
                />
                <SortHeader
                  column="share"
                  label={t('Share of requests')}
                  isNumeric
                  {...header}
                />
                <SortHeader
                  column="last_used"
                  label={t('Last used')}
                  isNumeric
                  {...header}
                />
              </tr>
            </thead>
            <tbody>
              {pageOf(sorted, page).map((row) => (
                <tr key={row.access}>
                  <td>
                    <Form.Check
                      aria-label={t('Choose {name}', { name: row.access_name })}
                      checked={chosen.has(row.access)}
                      onChange={() => toggle(row.access)}
                    />
                  </td>
                  <th scope="row" className="fw-normal">
                    <Link to={keyLink(row.access_name)}>{row.access_name}</Link>
                  </th>
                  <td>
                    <code>{row.key_prefix}</code>
                  </td>
                  <td className="text-end">{formatCount(row.tokens_input)}</td>
                  <td className="text-end">{formatCount(row.tokens_output)}</td>
                  <td className="text-end">{formatCount(row.requests)}</td>
                  <td className="text-end">{formatShare(row.share)}</td>
                  <td className="text-end text-nowrap">
                    {formatLastUsed(row.last_used_at)}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      <Pager
        page={page}
        pageSize={KEYS_PAGE_SIZE}
        total={sorted.length}
        hasNext={page < lastPage}
        hasPrev={page > 1}
        onPage={onPage}
      />
    </section>
  );
}
