import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';

import type { Offering } from '@/api/schemas';
import { t } from '@/lib/i18n';

import type { AgentListSearch } from './useAgentListSearch';

interface AgentFiltersProps {
  search: AgentListSearch;
  offerings: Offering[];
  onChange: (changes: Partial<AgentListSearch>) => void;
}

/**
 * Name search and offering filter. The name is sent on submit only: Waldur
 * matches it exactly, so a request per keystroke would find nothing anyway.
 * Bootstrap's form markup is written out: react-bootstrap's Form would add
 * its whole form kit to the agent list's first load for two fields.
 */
export function AgentFilters({
  search,
  offerings,
  onChange,
}: AgentFiltersProps) {
  return (
    <div className="d-flex flex-wrap align-items-start gap-3 mb-3">
      {/* Keyed by the URL's name so Back and "Clear filters" refill the box. */}
      <NameSearch
        key={search.name}
        name={search.name}
        onSearch={(name) => onChange({ name })}
      />
      <div>
        <label
          htmlFor="agent-offering-filter"
          className="form-label small mb-1"
        >
          {t('Offering')}
        </label>
        <select
          id="agent-offering-filter"
          className="form-select"
          value={search.offering}
          onChange={(event) => onChange({ offering: event.target.value })}
        >
          <option value="">{t('All offerings')}</option>
          {offerings.map((offering) => (
            <option key={offering.uuid} value={offering.uuid}>
              {offering.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function NameSearch({
  name,
  onSearch,
}: {
  name: string;
  onSearch: (name: string) => void;
}) {
  const [value, setValue] = useState(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value);
  };

  return (
    <form role="search" onSubmit={submit} aria-label={t('Search agents')}>
      <label htmlFor="agent-name-search" className="form-label small mb-1">
        {t('Exact name')}
      </label>
      <div className="input-group">
        <input
          id="agent-name-search"
          className="form-control"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby="agent-name-search-help"
        />
        <Button type="submit" variant="outline-primary">
          {t('Search')}
        </Button>
      </div>
      <small id="agent-name-search-help" className="form-text d-block">
        {t('The whole name, as the agent registered it.')}
      </small>
    </form>
  );
}
