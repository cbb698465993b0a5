import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';

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
      <Form.Group controlId="agent-offering-filter">
        <Form.Label className="small mb-1">{t('Offering')}</Form.Label>
        <Form.Select
          value={search.offering}
          onChange={(event) => onChange({ offering: event.target.value })}
        >
          <option value="">{t('All offerings')}</option>
          {offerings.map((offering) => (
            <option key={offering.uuid} value={offering.uuid}>
              {offering.name}
            </option>
          ))}
        </Form.Select>
      </Form.Group>
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
    <Form role="search" onSubmit={submit} aria-label={t('Search agents')}>
      <Form.Label htmlFor="agent-name-search" className="small mb-1">
        {t('Exact name')}
      </Form.Label>
      <InputGroup>
        <Form.Control
          id="agent-name-search"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby="agent-name-search-help"
        />
        <Button type="submit" variant="outline-primary">
          {t('Search')}
        </Button>
      </InputGroup>
      <Form.Text id="agent-name-search-help" className="d-block">
        {t('The whole name, as the agent registered it.')}
      </Form.Text>
    </Form>
  );
}
