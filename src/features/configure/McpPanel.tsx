import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Form from 'react-bootstrap/Form';
import { Link, useSearchParams } from 'react-router-dom';

import { isApiError } from '@/api/errors';
import { mcpResourcesQuery, mcpToolsQuery } from '@/api/queries/agentQueries';
import type { Agent } from '@/api/schemas';
import { CopyButton } from '@/components/CopyButton';
import { config } from '@/config/config';
import { routes } from '@/config/routes';
import { t } from '@/lib/i18n';
import { useAgentRouteParams } from '@/lib/useRouteParams';

import { API_KEY_PLACEHOLDER, mcpClientConfig } from './mcpClientConfig';
import { McpResourceTable } from './McpResourceTable';
import { matchesResource, matchesTool } from './mcpSchema';
import { McpSection } from './McpSection';
import { McpToolList } from './McpToolList';

const SEARCH_PARAM = 'mcp';

const isMissing = (error: unknown) => isApiError(error) && error.status === 404;

/** The MCP tools and resources the agent exposes, and how to connect. */
export function McpPanel({ agent }: { agent: Agent }) {
  const { orgUuid } = useAgentRouteParams();
  // Both started by the agent frame; a failure there is not sent again.
  const tools = useQuery({ ...mcpToolsQuery(agent.uuid), retryOnMount: false });
  const resources = useQuery({
    ...mcpResourcesQuery(agent.uuid),
    retryOnMount: false,
  });
  const [params, setParams] = useSearchParams();
  // Typing updates local state at once and the URL (for sharing) behind it.
  const [search, setSearch] = useState(() => params.get(SEARCH_PARAM) ?? '');

  const onSearch = (value: string) => {
    setSearch(value);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(SEARCH_PARAM, value);
        else next.delete(SEARCH_PARAM);
        return next;
      },
      { replace: true },
    );
  };

  const heading = (
    <h2 id="mcp-heading" className="h5 mb-3">
      {t('MCP')}
    </h2>
  );
  if (isMissing(tools.error) || isMissing(resources.error)) {
    return (
      <section aria-labelledby="mcp-heading">
        {heading}
        <Alert variant="info">
          {t('This server does not offer MCP for agents yet.')}
        </Alert>
      </section>
    );
  }

  const clientConfig = mcpClientConfig(config.apiUrl, agent);
  return (
    <section aria-labelledby="mcp-heading">
      {heading}
      <div className="mb-4">
        <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <h3 className="h6 mb-0">{t('Client config')}</h3>
          <CopyButton text={clientConfig} label={t('Copy client config')} />
        </div>
        <pre className="bg-body-tertiary border rounded p-2 small mb-1">
          {clientConfig}
        </pre>
        <p className="small text-body-secondary">
          {t('Replace {placeholder} with an API key of this agent.', {
            placeholder: API_KEY_PLACEHOLDER,
          })}{' '}
          <Link to={routes.keys(orgUuid, agent.uuid)}>
            {t('Manage API keys')}
          </Link>
        </p>
      </div>
      <Form.Control
        type="search"
        className="mb-3"
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        placeholder={t('Search tools and resources')}
        aria-label={t('Search MCP tools and resources')}
      />
      <McpSection
        title={t('Tools')}
        errorTitle={t('Unable to load MCP tools')}
        query={tools}
        filter={(items) => items.filter((tool) => matchesTool(tool, search))}
        emptyText={t('This agent exposes no MCP tools.')}
        search={search}
        render={(items) => <McpToolList tools={items} />}
      />
      <McpSection
        title={t('Resources')}
        errorTitle={t('Unable to load MCP resources')}
        query={resources}
        filter={(items) => items.filter((r) => matchesResource(r, search))}
        emptyText={t('This agent exposes no MCP resources.')}
        search={search}
        render={(items) => <McpResourceTable resources={items} />}
      />
    </section>
  );
}
