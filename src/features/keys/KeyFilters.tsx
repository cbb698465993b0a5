import { useEffect, useState } from 'react';
import Form from 'react-bootstrap/Form';

import type { KeyOrdering } from '@/api/agentApi';
import type { Project } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { isDateStatus, type KeyListSearch, ORDERINGS } from './keyListParams';
import { STATUS_FILTERS, type StatusFilter } from './keyStatus';

const STATUS_LABELS: Record<StatusFilter, () => string> = {
  active: () => t('Active (not revoked)'),
  expiring: () => t('Expires soon'),
  expired: () => t('Expired'),
  revoked: () => t('Revoked'),
};

const ORDER_LABELS: Record<KeyOrdering, () => string> = {
  '-created': () => t('Newest first'),
  created: () => t('Oldest first'),
  name: () => t('Name, A to Z'),
  '-name': () => t('Name, Z to A'),
  expires_at: () => t('Expiry, soonest first'),
  '-expires_at': () => t('Expiry, latest first'),
  '-last_used_at': () => t('Last used, most recent first'),
  last_used_at: () => t('Last used, least recent first'),
};

const SEARCH_DELAY_MS = 300;

interface KeyFiltersProps {
  search: KeyListSearch;
  update: (
    changes: Partial<KeyListSearch>,
    options?: { replace?: boolean },
  ) => void;
  projects: Project[] | undefined;
}

export function KeyFilters({ search, update, projects }: KeyFiltersProps) {
  // Typing stays local and reaches the URL (and the server) after a pause.
  const [text, setText] = useState(search.q);
  const [urlText, setUrlText] = useState(search.q);
  if (urlText !== search.q) {
    setUrlText(search.q);
    setText(search.q);
  }
  useEffect(() => {
    if (text === search.q) return;
    const timer = setTimeout(
      () => update({ q: text }, { replace: true }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, search.q, update]);

  const isDateFilter = isDateStatus(search.status);

  return (
    <div className="mb-3">
      <div className="d-flex flex-wrap gap-2 align-items-end">
        <Form.Group controlId="key-search" className="flex-grow-1">
          <Form.Label className="small mb-1">{t('Search by name')}</Form.Label>
          <Form.Control
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Form.Group>
        <Form.Group controlId="key-status">
          <Form.Label className="small mb-1">{t('Status')}</Form.Label>
          <Form.Select
            value={search.status ?? ''}
            onChange={(e) =>
              update({
                status:
                  STATUS_FILTERS.find((s) => s === e.target.value) ?? null,
              })
            }
          >
            <option value="">{t('All statuses')}</option>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]()}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
        <Form.Group controlId="key-project">
          <Form.Label className="small mb-1">{t('Project')}</Form.Label>
          <Form.Select
            value={search.project}
            onChange={(e) => update({ project: e.target.value })}
          >
            <option value="">{t('All projects')}</option>
            {projects?.map((project) => (
              <option key={project.uuid} value={project.uuid}>
                {project.name}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
        <Form.Group controlId="key-sort">
          <Form.Label className="small mb-1">{t('Sort')}</Form.Label>
          <Form.Select
            value={isDateFilter ? 'expires_at' : search.ordering}
            disabled={isDateFilter}
            onChange={(e) =>
              update({ ordering: ORDERINGS.find((o) => o === e.target.value) })
            }
          >
            {ORDERINGS.map((ordering) => (
              <option key={ordering} value={ordering}>
                {ORDER_LABELS[ordering]()}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      </div>
      {/^sak_/i.test(text.trim()) && (
        <Form.Text>
          {t(
            'The server searches key names only, not prefixes: look for the prefix in the Prefix column.',
          )}
        </Form.Text>
      )}
      {isDateFilter && (
        <Form.Text className="d-block">
          {t(
            'The server filters keys only by revoked or not, so this view reads active keys sorted by expiry and shows those that match; the total is not known.',
          )}
        </Form.Text>
      )}
    </div>
  );
}
